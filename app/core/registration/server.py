"""The registration server: listens on the laptop's network while the trainer keeps it open.

Python's own `http.server` (see docs/architecture.md, "Registration at the venue"): one
form page and one POST, for about 40 phones, on a network with no internet. What keeps it
safe at a venue:

- it serves ONE session, only while open, and closes by itself after `minutes`;
- every send needs the session's PIN (shown on the trainer's screen; the QR code carries
  it), and an address that guesses PINs is shut out after a few wrong ones;
- a bounded flood: at most `WORKERS` requests are handled at once (the rest wait in a
  bounded queue, then get "busy" without a thread), each address has a token bucket,
  bodies are small, slow clients time out, and at most `MAX_PENDING` registrations wait
  per session (app/core/services/registration.py);
- what a phone sends is only stored as pending; the trainer confirms it.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import secrets
import socket
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app.core.errors import TirekError
from app.core.registration import form
from app.core.services import registration as service
from app.core.store import Store

log = logging.getLogger("tirek.registration")

PORT = 8765  # the address the QR code shows; another free port if this one is taken
WORKERS = 32  # requests handled at once; more wait in the listen queue for a moment
QUEUE_WAIT_S = 2.0
BURST = 60  # requests an address may send at once ...
REFILL_PER_S = 2.0  # ... and then this many a second
WRONG_PINS = 8  # wrong PINs an address may send before it is shut out
MAX_BODY = 16 * 1024
CLIENT_TIMEOUT_S = 10


def lan_address() -> str:
    """This laptop's address on its network (hotspot or router), without sending anything.

    Connecting a UDP socket only picks the route; no packet leaves the laptop.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


class _Bucket:
    __slots__ = ("at", "tokens", "wrong")

    def __init__(self, now: float) -> None:
        self.tokens = float(BURST)
        self.at = now
        self.wrong = 0


class RegistrationServer:
    """One session's registration, open from `start()` until `stop()` or the time limit."""

    def __init__(
        self,
        store: Store,
        session_id: str,
        *,
        host: str = "0.0.0.0",
        port: int = PORT,
        minutes: float = 45,
        pin: str | None = None,
        shown_host: str | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.host = host
        self.port = port
        self.minutes = minutes
        self.pin = pin or f"{secrets.randbelow(10000):04d}"
        self.shown_host = shown_host
        self.on_close = on_close
        self.closes_at = 0.0
        self.refused = 0  # requests turned away by the limits (flood, PIN)
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(WORKERS)
        self._buckets: dict[str, _Bucket] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._timer: threading.Timer | None = None
        self._open = False
        self.page = form.Page("")
        self.matching: queue.Queue[str | None] = queue.Queue()

    # -- opening and closing --------------------------------------------------------------
    def start(self) -> str:
        """Read the session and places, then listen; returns the address to show."""
        info = service.session_info(self.store, self.session_id)
        self.page = form.Page(f"{info.title} · {info.date}", service.areas(self.store))
        handler = _handler(self)
        try:
            self._httpd = _Server((self.host, self.port), handler, self)
        except OSError:  # the usual port is taken: any free one
            self._httpd = _Server((self.host, 0), handler, self)
        self.port = self._httpd.server_address[1]
        self._open = True
        self.closes_at = time.monotonic() + self.minutes * 60
        self._timer = threading.Timer(self.minutes * 60, self.stop)
        self._timer.daemon = True
        self._timer.start()
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
        ).start()
        threading.Thread(target=self._match_sends, daemon=True).start()
        log.info("registration open for session %s on port %s", self.session_id, self.port)
        return self.url

    @property
    def url(self) -> str:
        host = self.shown_host or (lan_address() if self.host == "0.0.0.0" else self.host)
        return f"http://{host}:{self.port}/"

    @property
    def qr_payload(self) -> str:
        return f"{self.url}?pin={self.pin}"

    @property
    def is_open(self) -> bool:
        return self._open

    def seconds_left(self) -> int:
        return max(0, int(self.closes_at - time.monotonic())) if self._open else 0

    def stop(self) -> None:
        """Stop listening (idempotent; quick: the serving loop polls every 0.2 s)."""
        with self._lock:
            if not self._open:
                return
            self._open = False
        if self._timer is not None:
            self._timer.cancel()
        self.matching.put(None)  # the matcher finishes the sends before it, then ends
        if self._httpd is not None:
            httpd = self._httpd
            # shutdown() waits for serve_forever's loop; never call it from that loop.

            def close() -> None:
                httpd.shutdown()
                httpd.server_close()

            threading.Thread(target=close, daemon=True).start()
        log.info("registration closed for session %s", self.session_id)
        if self.on_close is not None:
            self.on_close()

    def _match_sends(self) -> None:
        """One send after another: compare it with the registry (most of a second on a
        large registry) and keep the answer with it. Ends when the server stops."""
        while (pending_id := self.matching.get()) is not None:
            try:
                service.check_match(self.store, pending_id)
            except TirekError as err:
                log.warning("registration not matched: %s", err.message)

    # -- limits -----------------------------------------------------------------------------
    def _allow(self, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            b = self._buckets.get(address)
            if b is None:
                b = self._buckets[address] = _Bucket(now)
            b.tokens = min(float(BURST), b.tokens + (now - b.at) * REFILL_PER_S)
            b.at = now
            if b.wrong >= WRONG_PINS or b.tokens < 1:
                self.refused += 1
                return False
            b.tokens -= 1
            return True

    def _pin_ok(self, address: str, pin: str) -> bool:
        if secrets.compare_digest(pin.strip().encode(), self.pin.encode()):
            return True
        with self._lock:
            self._buckets[address].wrong += 1
            self.refused += 1
        return False

    def _busy(self) -> None:
        with self._lock:
            self.refused += 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], handler: Any, owner: RegistrationServer):
        self.owner = owner
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # A bounded pool: beyond WORKERS requests at once the next waits a moment (others
        # queue in the listen backlog, bounded too), then is answered "busy" on this thread.
        if not self.owner._slots.acquire(timeout=QUEUE_WAIT_S):
            self.owner._busy()
            with contextlib.suppress(OSError):
                request.sendall(
                    _raw(HTTPStatus.SERVICE_UNAVAILABLE, form.message_page("ky", "busy"))
                )
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.owner._slots.release()


def _raw(status: HTTPStatus, body: str) -> bytes:
    data = body.encode("utf-8")
    head = (
        f"HTTP/1.0 {status.value} {status.phrase}\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + data


def _handler(owner: RegistrationServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "Tirek"
        sys_version = ""
        timeout = CLIENT_TIMEOUT_S

        def log_message(self, format: str, *args: Any) -> None:
            log.debug("%s " + format, self.client_address[0], *args)

        def _send(self, status: HTTPStatus, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True

        def _gate(self, lang: str) -> bool:
            if not owner.is_open:
                self._send(HTTPStatus.GONE, form.message_page(lang, "closed"))
                return False
            if not owner._allow(self.client_address[0]):
                self._send(HTTPStatus.TOO_MANY_REQUESTS, form.message_page(lang, "busy"))
                return False
            return True

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            lang = form.language(query)
            if parts.path != "/":
                self._send(HTTPStatus.NOT_FOUND, form.message_page(lang, "closed"))
                return
            if self._gate(lang):
                pin = "".join(ch for ch in query.get("pin", "") if ch.isdigit())[:8]
                self._send(HTTPStatus.OK, form.form_page(lang, owner.page, pin))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if urlsplit(self.path).path != "/register" or not 0 < length <= MAX_BODY:
                self._send(HTTPStatus.BAD_REQUEST, form.message_page("ky", "busy"))
                return
            body = self.rfile.read(length).decode("utf-8", "replace")
            fields = {k: v[0] for k, v in parse_qs(body).items()}
            lang = form.language(fields)
            if not self._gate(lang):
                return
            pin = fields.get("pin", "")
            if not owner._pin_ok(self.client_address[0], pin):
                page = form.form_page(lang, owner.page, "", fields, {"pin": "bad_pin"})
                self._send(HTTPStatus.FORBIDDEN, page)
                return
            answers = form.check(fields, owner.page.areas)
            if answers.problems:
                page = form.form_page(lang, owner.page, pin, fields, answers.problems)
                self._send(HTTPStatus.OK, page)
                return
            try:
                kept = service.submit(owner.store, owner.session_id, answers.values)
            except TirekError as err:
                log.warning("registration not kept: %s", err.message)
                kept = None
            if kept is None:
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, form.message_page(lang, "full"))
                return
            self._send(HTTPStatus.OK, form.thanks_page(lang, answers.values["full_name"], pin))
            # The phone has its answer; the send is compared with the registry by the
            # server's one matcher thread, so the trainer's list shows it at once and the
            # match a moment later, and 40 phones at once do not compete for the CPU.
            owner.matching.put(kept)

    return Handler
