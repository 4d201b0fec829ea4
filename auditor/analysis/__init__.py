"""Shared analysis, computed once per audit: alignment, embeds, quantities, names, brands, register."""
