"""The HTTP service (L4): thin FastAPI routers over the governance services.

The only part of piguard that imports FastAPI. Build the app with
:func:`piguard.api.app.create_app`.
"""
