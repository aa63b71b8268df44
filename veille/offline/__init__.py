"""The offline engine: a rule-based extractor that needs no API key and no network."""
