#!/usr/bin/env python3
"""Servers and clients of the kind the course's students write (standard library only), driven by
tst_labproxy on both sides of `netsteps-cli proxy`. A server prints the port it listens on, then,
once done, one JSON object saying what it saw; a client prints that object alone. Bytes travel as
hex so any byte survives the trip."""

import argparse
import hashlib
import json
import socket
import struct
import sys
import threading
import time

HOST = '127.0.0.1'
TIMEOUT = 20  # seconds: a peer that stops answering fails the test instead of hanging it


def listening(receive_buffer=None):
    server = socket.socket()
    server.settimeout(TIMEOUT)
    if receive_buffer:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)  # inherited by accept()
    server.bind((HOST, 0))
    server.listen(1)
    print(server.getsockname()[1], flush=True)
    return server


def read_to_end(s):
    """recv() until b'' (the peer's FIN) or an error; what came and the error's class name."""
    received = b''
    while True:
        try:
            data = s.recv(1024)
        except OSError as e:
            return received, type(e).__name__
        if not data:
            return received, None
        received += data


def reset(s):
    """close() with SO_LINGER 0: the kernel sends RST instead of FIN."""
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    s.close()


def after_eof_server(args):
    """Reads until the client's FIN, then still answers: a half-closed connection carries on."""
    server = listening()
    conn, _ = server.accept()
    received, error = read_to_end(conn)
    conn.sendall(b'after your FIN I got ' + received)
    conn.close()
    return {'received': received.hex(), 'error': error}


def reset_server(args):
    """Reads one message, then resets the connection."""
    server = listening()
    conn, _ = server.accept()
    conn.settimeout(TIMEOUT)
    received = conn.recv(1024)
    reset(conn)
    return {'received': received.hex()}


def slow_server(args):
    """Reads until the client's FIN, but late and slowly, then answers with the byte count and
    SHA-256. It waits before its first read with a small receive buffer, so the pipe to it is full
    and the bytes pile up in the proxy however fast or slow the proxy runs (a sanitizer build is
    many times slower): the proxy must pause reading the client then, not by luck of timing."""
    server = listening(receive_buffer=64 * 1024)
    conn, _ = server.accept()
    conn.settimeout(TIMEOUT)
    time.sleep(2)
    digest = hashlib.sha256()
    count = 0
    reads = 0
    while True:
        data = conn.recv(4096)
        if not data:
            break
        digest.update(data)
        count += len(data)
        reads += 1
        if reads % 32 == 0:
            time.sleep(0.001)  # about 128 KiB per millisecond: far slower than a sender on loopback
    conn.sendall(b'%d %s' % (count, digest.hexdigest().encode()))
    conn.close()
    return {'received': count}


def send_big(args):
    """Sends args.size bytes with sendall(), shuts its sending side, then reads the answer."""
    message = bytes((i * 7 + 3) % 251 for i in range(args.size))
    s = socket.create_connection((HOST, args.port), timeout=TIMEOUT)
    s.sendall(message)
    s.shutdown(socket.SHUT_WR)
    received, error = read_to_end(s)
    s.close()
    return {'reply': received.decode(), 'expected': '%d %s' % (len(message), hashlib.sha256(message).hexdigest()),
            'error': error}


def half_close(args):
    """Sends, shuts its sending side (FIN), then reads everything the server still sends."""
    s = socket.create_connection((HOST, args.port), timeout=TIMEOUT)
    s.sendall(bytes.fromhex(args.message))
    s.shutdown(socket.SHUT_WR)
    received, error = read_to_end(s)
    s.close()
    return {'received': received.hex(), 'error': error}


def send_and_read(args):
    """Sends (unless the message is empty), then reads until the end of the stream or an error.
    A reset may come before connect() returns: with a timeout, Python's connect() waits for the
    handshake and then reads SO_ERROR, where an RST that came right after it is already waiting."""
    try:
        s = socket.create_connection((HOST, args.port), timeout=TIMEOUT)
        if args.message:
            s.sendall(bytes.fromhex(args.message))
    except OSError as e:
        return {'received': '', 'error': type(e).__name__}
    received, error = read_to_end(s)
    s.close()
    return {'received': received.hex(), 'error': error}


def reset_after_reply(args):
    """Sends, reads the reply, then resets the connection."""
    s = socket.create_connection((HOST, args.port), timeout=TIMEOUT)
    s.sendall(bytes.fromhex(args.message))
    reply = s.recv(1024)
    reset(s)
    return {'reply': reply.hex()}


def many(args):
    """args.clients clients at once, each args.rounds round trips with an upper server."""
    wrong = []
    lock = threading.Lock()
    start = threading.Barrier(args.clients, timeout=TIMEOUT)

    def client(number):
        try:
            s = socket.create_connection((HOST, args.port), timeout=TIMEOUT)
            start.wait()  # every connection is open before any message goes
            for round_number in range(args.rounds):
                message = b'client %d round %d abc' % (number, round_number)
                s.sendall(message)
                reply = b''
                while len(reply) < len(message):  # a reply may come in pieces
                    data = s.recv(1024)
                    if not data:
                        break
                    reply += data
                if reply != message.upper():
                    raise ValueError('%r for %r' % (reply, message))
            s.close()
        except Exception as e:  # noqa: BLE001 - every failure is reported, none hides
            with lock:
                wrong.append('client %d: %s %s' % (number, type(e).__name__, e))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {'clients': args.clients, 'wrong': wrong}


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest='command', required=True)
    for name in ('after-eof-server', 'reset-server', 'slow-server'):
        sub.add_parser(name)
    for name in ('half-close', 'send-and-read', 'reset-after-reply'):
        p = sub.add_parser(name)
        p.add_argument('--port', type=int, required=True)
        p.add_argument('message', nargs='?', default='')
    p = sub.add_parser('send-big')
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--size', type=int, required=True)
    p = sub.add_parser('many')
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--clients', type=int, required=True)
    p.add_argument('--rounds', type=int, required=True)
    args = parser.parse_args()
    commands = {'after-eof-server': after_eof_server, 'reset-server': reset_server, 'slow-server': slow_server,
                'half-close': half_close, 'send-and-read': send_and_read, 'reset-after-reply': reset_after_reply,
                'send-big': send_big, 'many': many}
    json.dump(commands[args.command](args), sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
