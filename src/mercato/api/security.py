"""Who may write, and how big a request may be.

Reads are open: the board is public news. Writes change the store, so they need the token
the server was started with, sent as ``Authorization: Bearer <token>`` or ``X-API-Token``.
A server started without a token refuses every write (403) rather than accepting them
all: forgetting ``--token`` must not open the store to anyone on the network.

Request bodies are capped (:class:`BodyLimit`) before any route reads them, so a client
cannot make the server buffer or extract an arbitrarily large upload.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 5_000_000

bearer = HTTPBearer(auto_error=False, description="The token the server was started with.")
api_key = APIKeyHeader(
    name="X-API-Token", auto_error=False, description="The same token, as a header."
)


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    header_token: Annotated[str | None, Depends(api_key)],
) -> None:
    """Let the request through only with the server's write token."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(
            403,
            "writes are disabled on this server: start it with --token TOKEN "
            "(or set $MERCATO_TOKEN) to accept them",
        )
    given = credentials.credentials if credentials else header_token
    if not given:
        raise HTTPException(
            401,
            "this endpoint needs the API token: send 'Authorization: Bearer TOKEN' "
            "or 'X-API-Token: TOKEN'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "wrong API token")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413.

    The declared ``Content-Length`` is checked first; a body sent without one (chunked)
    is counted as it arrives and buffered up to the limit, then replayed to the app.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(int(declared), scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(size, scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, size: int, scope: Scope, receive: Receive, send: Send) -> None:
        detail = (
            f"the request body ({_mb(size)} or more) is over the {_mb(self.max_bytes)} "
            "limit; send fewer or shorter articles per request"
        )
        response: Any = JSONResponse({"detail": detail}, status_code=413)
        await response(scope, receive, send)
