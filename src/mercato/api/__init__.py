"""mercato's web board and REST API (FastAPI), over the store's read model."""

from mercato.api.app import create_app, serve

__all__ = ["create_app", "serve"]
