"""The web front of sso-kg: a SPARQL endpoint, the home page and the dumps."""

from sso_kg.web.app import create_app

__all__ = ["create_app"]
