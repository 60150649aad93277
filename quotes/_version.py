"""The version of the package and the name it is distributed under."""

__version__ = "0.1.0"

# The name on PyPI ("quotes" there is someone else's package); the import name and the command
# stay `quotes`.
DISTRIBUTION = "quotes-attribution"
