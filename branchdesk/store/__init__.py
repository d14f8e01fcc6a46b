"""Storage: the SQLite file, its schema and migrations, backups, the change log.

Only this package builds engines and sessions.
"""

from branchdesk.store.database import Database

__all__ = ["Database"]
