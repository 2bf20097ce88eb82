"""Exceptions raised by the storage layer.

::

    StorageError                 base of everything raised on purpose by ``storage``
    ├── NotFoundError            a row the caller named does not exist
    ├── InvalidValueError        a value the schema cannot hold (naive datetime, unknown role …)
    └── MigrationError           the schema could not be upgraded / downgraded
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class of the storage layer's own errors."""


class NotFoundError(StorageError):
    """A row named by id does not exist (or no longer exists)."""


class InvalidValueError(StorageError, ValueError):
    """A value cannot be stored as given."""


class MigrationError(StorageError):
    """Applying or reverting migrations failed."""
