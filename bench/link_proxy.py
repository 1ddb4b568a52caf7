"""A slow link on loopback: a TCP proxy to the database server that delays every byte each way.

A police station's workstation reaches the district's PostgreSQL over the police network, 20 to
50 ms away, where the tests and the benchmarks talk to it over loopback in microseconds. Put
between them, this proxy makes each round trip cost what it costs at the station (2 × the delay
each way), so what a screen's refresh costs there is measured here. Bytes are delayed, never
throttled or reordered: pipelined messages stay pipelined, as on a real link.

It also counts round trips as they really cross the wire: one each time a client speaks after
the server has answered (a statement, a BEGIN, a COMMIT, a ROLLBACK, a pool's ping), whatever
the driver or SQLAlchemy decided to send. Stdlib only (threads), so tests and bench share it.

    with LinkProxy("127.0.0.1", 5432, delay_s=0.05) as proxy:
        url = proxy.url_for("postgresql+psycopg://postgres@127.0.0.1:5432/district")
"""
from __future__ import annotations

import queue
import socket
import threading
import time
from types import TracebackType
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

CHUNK = 65536


class LinkProxy:
    """Listens on 127.0.0.1 (a free port) and forwards each connection to `host:port` (a
    folder as `host`: the server's Unix socket there), holding each chunk `delay_s` seconds in
    each direction. `delay_s` may change between reads."""

    def __init__(self, host: str, port: int, delay_s: float = 0.0) -> None:
        self.target = (host, port)
        self.delay_s = delay_s
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._round_trips = 0
        self._sockets: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, name="link-proxy", daemon=True).start()

    # -- what callers read ---------------------------------------------------------------
    @property
    def round_trips(self) -> int:
        """Client turns so far over every connection: a request sent after an answer came."""
        with self._lock:
            return self._round_trips

    def url_for(self, url: str) -> str:
        """`url` (a PostgreSQL URL to the server, by TCP or by ?host=/socket/folder) pointed at
        this proxy instead."""
        parts = urlsplit(url)
        user = parts.netloc.rpartition("@")[0]
        netloc = f"{user}@127.0.0.1:{self.port}" if user else f"127.0.0.1:{self.port}"
        query = urlencode([(key, value) for key, value in parse_qsl(parts.query)
                           if key not in ("host", "port")])
        return urlunsplit(parts._replace(netloc=netloc, query=query))

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> LinkProxy:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # -- the forwarding --------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            try:
                server = self._connect()
            except OSError:
                _shut(client)
                continue
            for sock in (client, server):
                if sock.family != socket.AF_UNIX:
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._sockets += [client, server]
            answered = threading.Event()
            answered.set()          # the client's first bytes (its startup) are a turn too
            self._pipe(client, server, answered, client_side=True)
            self._pipe(server, client, answered, client_side=False)

    def _connect(self) -> socket.socket:
        """To the server: by TCP, or by its Unix socket when `host` is a folder (/tmp)."""
        host, port = self.target
        if not host.startswith("/"):
            return socket.create_connection(self.target)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.connect(f"{host}/.s.PGSQL.{port}")
        return server

    def _pipe(self, source: socket.socket, sink: socket.socket, answered: threading.Event,
              client_side: bool) -> None:
        """One direction: a reader stamps each chunk with when it may leave, a writer lets it
        leave then; so the delay is added once per chunk, not once per chunk queued before it."""
        held: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def read() -> None:
            while True:
                try:
                    data = source.recv(CHUNK)
                except OSError:
                    data = b""
                if client_side and data and answered.is_set():
                    answered.clear()
                    with self._lock:
                        self._round_trips += 1
                elif not client_side and data:
                    answered.set()
                held.put((time.perf_counter() + self.delay_s, data))
                if not data:
                    return

        def write() -> None:
            while True:
                leave_at, data = held.get()
                pause = leave_at - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                if not data:
                    _shut(sink)
                    return
                try:
                    sink.sendall(data)
                except OSError:
                    _shut(source)
                    return

        threading.Thread(target=read, name="link-proxy-read", daemon=True).start()
        threading.Thread(target=write, name="link-proxy-write", daemon=True).start()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
