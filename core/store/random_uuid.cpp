#include "random_uuid.h"

#include <openssl/rand.h>

#include <pthread.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace coopdesk {

namespace {

// A child made by fork() must not hand out its parent's bytes again.
std::atomic<unsigned> forkCount{0};
const int forkWatch = pthread_atfork(nullptr, nullptr, [] { ++forkCount; });

struct RandomBlock
{
    unsigned char bytes[4096];
    size_t used = sizeof(bytes);
    unsigned forks = 0;

    const unsigned char* take(size_t count)
    {
        const unsigned forksNow = forkCount.load(std::memory_order_relaxed);
        if (used + count > sizeof(bytes) || forks != forksNow) {
            if (RAND_bytes(bytes, static_cast<int>(sizeof(bytes))) != 1)
                throw std::runtime_error("no random bytes are available");
            used = 0;
            forks = forksNow;
        }
        const unsigned char* taken = bytes + used;
        used += count;
        return taken;
    }
};

} // namespace

QUuid randomUuid()
{
    (void)forkWatch;
    thread_local RandomBlock block;
    unsigned char raw[16];
    std::memcpy(raw, block.take(sizeof(raw)), sizeof(raw));
    raw[6] = static_cast<unsigned char>((raw[6] & 0x0F) | 0x40); // version 4
    raw[8] = static_cast<unsigned char>((raw[8] & 0x3F) | 0x80); // the RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(raw), sizeof(raw)));
}

} // namespace coopdesk
