#!/usr/bin/env python3
"""An ssh ProxyCommand that slows uploads down: relays standard input to HOST:PORT at most
RATE bytes a second, and the answers back at full speed. The SSH publish check uses it to stop
an upload half-way and to hold the server's lock while a second publish tries its luck.

Usage (in an ssh command): -o ProxyCommand="throttle.py 127.0.0.1 %p RATE"
"""
import os, selectors, socket, sys, time

host, port, rate = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
connection = socket.create_connection((host, port), timeout=10)
connection.settimeout(None)
selector = selectors.DefaultSelector()
selector.register(0, selectors.EVENT_READ, "up")
selector.register(connection, selectors.EVENT_READ, "down")
started, sent = time.monotonic(), 0
open_ends = 2
while open_ends:
    for key, _ in selector.select(timeout=60):
        if key.data == "up":
            chunk = os.read(0, 4096)
            if not chunk:
                selector.unregister(0)
                connection.shutdown(socket.SHUT_WR)
                open_ends -= 1
                continue
            sent += len(chunk)
            ahead = sent / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)
            connection.sendall(chunk)
        else:
            chunk = connection.recv(65536)
            if not chunk:
                selector.unregister(connection)
                open_ends = 0
                break
            view = memoryview(chunk)
            while view:
                view = view[os.write(1, view):]
