"""Root pytest configuration shared by tests/ and the doctests under src/."""

# Alembic's env.py runs only inside an Alembic command, never on import.
collect_ignore_glob = ["src/piguard/store/migrations/*"]
