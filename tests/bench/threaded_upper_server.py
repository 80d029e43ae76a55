#!/usr/bin/env python3
"""The benchmark's course-style server: a thread per connection, each doing recv(1024) then
sendall(data.upper()) until the client closes, no sleeps. Usage: threaded_upper_server.py [PORT];
first line "listening tcp 127.0.0.1:PORT". Runs until killed."""

import socket
import sys
import threading


def session(conn):
    with conn:
        try:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())
        except OSError:
            pass  # a client that resets is simply gone


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(('127.0.0.1', port))
    # The course listens with a backlog of 5; the benchmark's thousand clients connect at once,
    # so all three servers get the same large backlog and only serving is compared.
    server.listen(4096)
    print('listening tcp 127.0.0.1:%d' % server.getsockname()[1], flush=True)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=session, args=(conn,), daemon=True).start()


if __name__ == '__main__':
    main()
