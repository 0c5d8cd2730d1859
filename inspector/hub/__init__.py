"""The reference upstream hub: a plain HTTP service (FastAPI on uvicorn) over SQLAlchemy, SQLite or PostgreSQL.

Benches push their records here and pull the returns and the policy they should apply. Qt-free like all of
`inspector`; it shares nothing with the bench database but the upstream record shapes (`inspector.usecases.records`).
"""
