"""sso-kg: Thai government press releases as a linked-data knowledge graph."""

__version__ = "0.1.0"
