#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

// A closed-loop load generator for an upper-casing TCP server on 127.0.0.1: each of `clients`
// connections sends one message of `messageSize` lowercase letters, waits for the whole reply,
// checks it is the same letters upper-cased, and sends the next. Single-threaded over epoll, so
// per message it costs one send() and one recv(), no more than the leanest server it drives.
//
// Round trips are counted, and their times sampled, only inside the measuring window that
// follows the warm-up.

struct LoadOptions
{
    std::uint16_t port = 0;
    int clients = 1;
    int messageSize = 64;
    std::chrono::milliseconds warmUp{500};
    std::chrono::milliseconds measure{3000};
    std::chrono::milliseconds connectLimit{60000}; // connecting every client may take this long
};

struct LoadResult
{
    std::string error;        // empty when the run completed
    std::int64_t roundTrips = 0; // inside the measuring window
    std::int64_t allRoundTrips = 0; // warm-up and drain included, to share out the server's CPU time
    double seconds = 0;
    double p50Micros = 0;
    double p99Micros = 0;
    std::int64_t wrongReplies = 0;

    double perSecond() const { return seconds > 0 ? double(roundTrips) / seconds : 0; }
};

LoadResult runLoad(const LoadOptions &options);

// Raises this process's soft limit on open descriptors to `wanted` (at most the hard limit).
void raiseDescriptorLimit(int wanted);

// Connects `count` non-blocking sockets to 127.0.0.1:port and waits, at most `limit`, until every
// handshake ended. True with the descriptors in *descriptors; false with *error set and none open.
bool connectAll(std::uint16_t port, int count, std::chrono::milliseconds limit, std::vector<int> *descriptors,
                std::string *error);

// Connections held open and idle, to see what a server's memory costs per connection.
class IdleConnections
{
public:
    IdleConnections() = default;
    IdleConnections(const IdleConnections &) = delete;
    IdleConnections &operator=(const IdleConnections &) = delete;
    ~IdleConnections(); // closes them

    // Opens `count` connections and makes one round trip on each (so the server has served
    // every one, as it would a real client). False with *error set when it could not.
    bool open(std::uint16_t port, int count, int messageSize, std::string *error);

private:
    std::vector<int> m_descriptors;
};
