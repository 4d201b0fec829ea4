"""Language packs: what the engine knows about each language, loaded lazily by code."""
