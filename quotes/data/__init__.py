"""Lexicons shipped as package data (a regular package, so they load from a zip too)."""
