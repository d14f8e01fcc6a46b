"""Entry script of the frozen BranchDesk (PyInstaller): the same `branchdesk` command."""

from branchdesk.cli import main

raise SystemExit(main())
