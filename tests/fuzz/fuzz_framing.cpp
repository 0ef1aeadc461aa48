// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The size gate's parser (RequestFraming) on hostile byte streams: request
// heads, Content-Length and chunked bodies, pipelined requests, cut into
// fragments anywhere, as a TCP connection delivers them. Input: one byte that
// chooses the fragment sizes, then the stream. Checks what the gate relies on:
// a 413 only over the limit, a 503 only when the budget said no, reservations
// only up to the limit and released when a body ends, offsets inside the
// fragment just fed.
#include "api/apiserver.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_framing: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int pattern = data[0];
    constexpr qint64 kBudget = 3000;
    qint64 reserved = 0;
    qint64 limit = 0;
    bool refusedByBudget = false;
    RequestFraming framing(RequestFraming::Hooks{[&](const RequestHead &head) {
                                                     limit = head.url.path().startsWith(u"/in/"_s) ? 1000
                                                                                                   : 5000;
                                                     return limit;
                                                 },
                                                 [&](qint64 total) {
                                                     check(total <= limit, "reserved beyond the limit");
                                                     check(total >= reserved, "a reservation shrank");
                                                     if (total > kBudget) {
                                                         refusedByBudget = true;
                                                         return false;
                                                     }
                                                     reserved = total;
                                                     return true;
                                                 },
                                                 [&]() { reserved = 0; }},
                           QHostAddress::LocalHost);
    qsizetype at = 0;
    int step = 0;
    while (at < stream.size() && framing.following()) {
        // Fragment sizes from the pattern byte: 1, 2, 3, ... bytes, or larger runs.
        const qsizetype piece = qMax<qsizetype>(
            1, (pattern & 0x80) ? ((pattern & 0x7f) + 1) * (step % 3 + 1) : (pattern % 7) + step % 5 + 1);
        const QByteArrayView fragment(stream.constData() + at, qMin(piece, stream.size() - at));
        const RequestFraming::Verdict v = framing.feed(fragment);
        ++step;
        at += fragment.size();
        if (v.status == 0)
            continue;
        check(!framing.following(), "a refusal without stopping");
        check(v.bodyOffset >= 0 && v.bodyOffset <= fragment.size(), "a body offset outside the fragment");
        check(reserved == 0, "a refused request kept its reservation");
        if (v.status == 413)
            check(v.size > v.limit, "413 for a body within the limit");
        else if (v.status == 503)
            check(refusedByBudget && v.size <= v.limit, "503 without the budget saying no");
        else
            check(v.status == 431 || v.status == 400, "an unknown status");
        break;
    }
    check(framing.following() || reserved == 0, "a stream no longer followed kept its reservation");
    return 0;
}
