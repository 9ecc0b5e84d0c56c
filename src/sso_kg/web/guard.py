"""What a server on the public internet needs around the app: a rate limit per client, a cap
on request bodies, and the security headers browsers heed.

The rate limit is a token bucket per client address, as nginx's ``limit_req`` keeps one: a
client may send ``burst`` requests at once, then ``rate`` a second; past that it gets a 429
with ``Retry-After``. Behind a reverse proxy every client has the proxy's address, unless the
server trusts the proxy's ``X-Forwarded-For`` (``sso-kg serve --trusted-proxy``).
"""

from __future__ import annotations

import math
import threading
import time

from flask import Flask, Response, request

MAX_REQUEST_BYTES = 1 << 20
"""The largest request body taken: a query, even a long one, is a few kilobytes."""

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
HTML_SECURITY_HEADERS = {
    # Pages load only this site's own stylesheet and scripts, and no one may frame them.
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
}


class RateLimiter:
    """A token bucket per client: ``burst`` requests at once, ``rate`` a second after that."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, when)
        self._lock = threading.Lock()

    def wait(self, client: str, now: float | None = None) -> float:
        """Take a token for ``client``: 0 if it may go on, else the seconds until it may."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, then = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > 100_000:  # forget clients whose bucket has refilled
                full = (float(self.burst) - 1e-9) / self.rate
                self._buckets = {c: b for c, b in self._buckets.items() if now - b[1] < full}
            return (1 - tokens) / self.rate


def guard(app: Flask, *, rate: float | None, burst: int) -> None:
    """Put the limits and headers around ``app``; ``rate`` None (or 0) means no rate limit."""
    app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    limiter = RateLimiter(rate, burst) if rate else None

    @app.before_request
    def limit_rate() -> Response | None:
        if limiter is None:
            return None
        wait = limiter.wait(request.remote_addr or "unknown")
        if wait == 0:
            return None
        message = (
            f"too many requests from your address: at most {limiter.rate:g} a second "
            f"(bursts of {limiter.burst}); try again in {math.ceil(wait)} s\n"
        )
        return Response(
            message,
            status=429,
            content_type="text/plain; charset=utf-8",
            headers={"Retry-After": str(math.ceil(wait))},
        )

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.update(SECURITY_HEADERS)
        if response.mimetype == "text/html":
            for name, value in HTML_SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)  # a page may widen its own policy
        return response
