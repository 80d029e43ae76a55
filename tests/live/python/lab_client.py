#!/usr/bin/env python3
"""Clients of the kind the course's students write (standard library only), driven by
tst_labserver against `netsteps-cli serve`. Each prints one JSON object saying what it saw;
messages and replies travel as hex so any byte, valid UTF-8 or not, survives the trip."""

import argparse
import json
import socket
import sys
import threading

HOST = '127.0.0.1'
TIMEOUT = 20  # seconds: a server that stops answering fails the test instead of hanging it


def talk_tcp(args):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(TIMEOUT)
    s.connect((HOST, args.port))
    result = {}
    if args.welcome:
        result['welcome'] = s.recv(1024).hex()
    replies = []
    for message in args.messages:
        s.send(bytes.fromhex(message))
        replies.append(s.recv(1024).hex())
    result['replies'] = replies
    if args.exit:
        s.send(b'exit')
        # The server closes its side: recv() returns b'' (EOF).
        result['after_exit'] = s.recv(1024).hex()
    s.close()
    return result


def talk_udp(args):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(TIMEOUT)
    replies = []
    for message in args.messages:
        s.sendto(bytes.fromhex(message), (HOST, args.port))
        data, address = s.recvfrom(65535)
        replies.append(data.hex())
        if address != (HOST, args.port):
            return {'error': 'reply from %s:%d' % address}
    s.close()
    return {'replies': replies}


def big(args):
    """Sends one message of args.size bytes while reading what comes back, as two threads."""
    message = bytes((i * 7 + 3) % 251 for i in range(args.size))
    s = socket.socket()
    s.settimeout(TIMEOUT)
    s.connect((HOST, args.port))
    sender = threading.Thread(target=s.sendall, args=(message,))
    sender.start()
    received = bytearray()
    while len(received) < args.size:
        data = s.recv(65536)
        if not data:
            break
        received += data
    sender.join()
    s.close()
    return {'sent': len(message), 'received': len(received), 'equal': bytes(received) == message}


def flood(args):
    """Sends and never reads, until the server gives up on it (or args.limit bytes)."""
    s = socket.socket()
    s.settimeout(TIMEOUT)
    s.connect((HOST, args.port))
    chunk = b'x' * 65536
    sent = 0
    error = None
    while sent < args.limit:
        try:
            s.sendall(chunk)
            sent += len(chunk)
        except OSError as e:
            error = type(e).__name__
            break
    s.close()
    return {'sent': sent, 'error': error}


def cycles(args):
    """Connects and closes at once, args.count times."""
    for _ in range(args.count):
        s = socket.socket()
        s.settimeout(TIMEOUT)
        s.connect((HOST, args.port))
        s.close()
    return {'cycles': args.count}


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest='command', required=True)
    talk = sub.add_parser('talk')
    talk.add_argument('--port', type=int, required=True)
    talk.add_argument('--udp', action='store_true')
    talk.add_argument('--welcome', action='store_true')
    talk.add_argument('--exit', action='store_true')
    talk.add_argument('messages', nargs='*')
    for name, extra in (('big', '--size'), ('flood', '--limit'), ('cycles', '--count')):
        p = sub.add_parser(name)
        p.add_argument('--port', type=int, required=True)
        p.add_argument(extra, type=int, required=True)
    args = parser.parse_args()
    if args.command == 'talk':
        result = talk_udp(args) if args.udp else talk_tcp(args)
    else:
        result = {'big': big, 'flood': flood, 'cycles': cycles}[args.command](args)
    json.dump(result, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
