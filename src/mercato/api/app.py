"""Assembling the server: the REST API, the pages, static files, limits and error pages.

``create_app`` only wires things together; the routes live in :mod:`.rest` and
:mod:`.pages`. Errors come back in the form the client reads: JSON ``{"detail": ...}``
under /api (with one sentence naming the bad parameter), an HTML page elsewhere.

``serve`` runs uvicorn. With ``workers`` above one, uvicorn starts separate processes that
each open the store from its URL (``$MERCATO_DB``) through :func:`app_from_environment`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from mercato.api import pages, rest
from mercato.api.protocol import NoDelayH11Protocol
from mercato.api.reads import Reads
from mercato.api.security import MAX_BODY_BYTES, BodyLimit
from mercato.api.writes import Extractor, Writer
from mercato.store import ENV_VAR, Store

TOKEN_VAR = "MERCATO_TOKEN"
DESCRIPTION = """\
Football transfer news in six languages, as stories, moves, club charts and source records.

Reads are open. `POST /api/articles` stores articles and needs the server's token, sent as
`Authorization: Bearer TOKEN` or `X-API-Token: TOKEN`. Pages are `limit`/`offset` based.
"""


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path.startswith("/openapi")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
        name = ".".join(where) or "request"
        given = error.get("input")
        shown = f" (got {given!r})" if isinstance(given, str | int | float) else ""
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{name}: {message}{shown}")
    return "; ".join(parts) or "invalid request"


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    message = _validation_message(exc)
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=422)
    return pages.render(request, "error.html", 400, status=400, message=message)


def _allowed_methods(request: Request) -> str:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match != Match.NONE:
            methods.update(getattr(route, "methods", None) or ())
    return ", ".join(sorted(methods))


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    headers = getattr(exc, "headers", None)
    if exc.status_code == 405:
        headers = {**(headers or {}), "Allow": _allowed_methods(request)}
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else None
    response: HTMLResponse = pages.render(
        request,
        "error.html",
        exc.status_code,
        status=exc.status_code,
        message=message or "There is no page at this address.",
    )
    return response


PAGE_POLICY = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


async def _security_headers(request: Request, call_next: Any) -> Response:
    """Pages load nothing from elsewhere, so the browser may refuse anything that tries."""
    response: Response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.headers.get("content-type", "").startswith("text/html"):
        response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
        response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def create_app(store: Store, token: str | None = None, warm_up: bool = False) -> Any:
    """The web board and REST API over ``store``; writes need ``token`` (none: no writes).

    ``warm_up`` loads the extraction pipeline in the background at start-up, so that the
    first posted or pasted article does not wait for it.
    """
    extractor = Extractor()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            threading.Thread(target=extractor.warm_up, name="warm-up", daemon=True).start()
        yield

    app = FastAPI(
        title="mercato",
        version="0.1.0",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.reads = Reads(store)
    app.state.extractor = extractor
    app.state.writer = Writer(store, extractor)
    app.middleware("http")(_security_headers)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.include_router(rest.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.HERE / "static"), name="static")
    return app


def app_from_environment() -> Any:
    """The app over the store named by ``$MERCATO_DB``, token ``$MERCATO_TOKEN`` (for
    uvicorn's worker processes)."""
    return create_app(Store.open(), os.environ.get(TOKEN_VAR) or None, warm_up=True)


def serve(
    store: Store,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    workers: int = 1,
    log_level: str = "info",
) -> None:
    """Run the board and the API with uvicorn until interrupted."""
    import uvicorn

    if workers <= 1:
        app = create_app(store, token, warm_up=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level, http=NoDelayH11Protocol)
        return
    os.environ[ENV_VAR] = store.url
    if token:
        os.environ[TOKEN_VAR] = token
    store.close()
    uvicorn.run(
        "mercato.api.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        http=NoDelayH11Protocol,
    )
