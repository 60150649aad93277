__version__ = "0.1.0"

# The name on PyPI ("quotes" there is someone else's package); the import name and the command
# stay `quotes`.
DISTRIBUTION = "quotes-attribution"
