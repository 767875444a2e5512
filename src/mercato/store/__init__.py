"""The store: articles, moves, roles and stories in SQLite (default) or PostgreSQL."""

from mercato.store.db import ENV_VAR, IngestResult, Store, StoreError, database_url

__all__ = ["ENV_VAR", "IngestResult", "Store", "StoreError", "database_url"]
