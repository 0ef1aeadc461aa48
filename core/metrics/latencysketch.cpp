// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencysketch.h"

#include <algorithm>
#include <cmath>

namespace Switchboard {

namespace {

const double kGamma = (1 + LatencySketch::kRelativeAccuracy) / (1 - LatencySketch::kRelativeAccuracy);
const double kLogGamma = std::log(kGamma);
// Below this a value counts as zero: durations are whole milliseconds anyway.
constexpr double kMinValue = 1e-3;
// Bucket indexes are clamped so a garbage value cannot allocate gigabytes.
constexpr int kMinIndex = -400; // about 3e-4 ms
constexpr int kMaxIndex = 1400; // about 1.5e12 ms

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(const char *&p, const char *end, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const auto byte = quint8(*p++);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

qint64 unzigzag(quint64 v)
{
    return qint64(v >> 1) ^ -qint64(v & 1);
}

} // namespace

int LatencySketch::indexOf(double ms)
{
    const int i = int(std::ceil(std::log(ms) / kLogGamma));
    return std::clamp(i, kMinIndex, kMaxIndex);
}

double LatencySketch::valueOf(int index)
{
    // The point of bucket (gamma^(i-1), gamma^i] with the same relative
    // distance to both ends.
    return 2.0 * std::pow(kGamma, index) / (kGamma + 1);
}

void LatencySketch::grow(int index)
{
    if (m_counts.empty()) {
        m_offset = index;
        m_counts.assign(1, 0);
        return;
    }
    if (index < m_offset) {
        m_counts.insert(m_counts.begin(), size_t(m_offset - index), 0);
        m_offset = index;
    } else if (index >= m_offset + int(m_counts.size())) {
        m_counts.resize(size_t(index - m_offset + 1), 0);
    }
}

void LatencySketch::add(double ms, quint64 count)
{
    if (count == 0)
        return;
    m_count += count;
    if (!(ms > kMinValue)) { // also NaN
        m_zero += count;
        return;
    }
    const int i = indexOf(ms);
    grow(i);
    m_counts[size_t(i - m_offset)] += count;
}

void LatencySketch::merge(const LatencySketch &other)
{
    if (other.m_count == 0)
        return;
    m_zero += other.m_zero;
    m_count += other.m_count;
    if (other.m_counts.empty())
        return;
    grow(other.m_offset);
    grow(other.m_offset + int(other.m_counts.size()) - 1);
    const size_t shift = size_t(other.m_offset - m_offset);
    for (size_t i = 0; i < other.m_counts.size(); ++i)
        m_counts[shift + i] += other.m_counts[i];
}

double LatencySketch::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    q = std::clamp(q, 0.0, 1.0);
    const auto rank = quint64(q * double(m_count - 1));
    quint64 seen = m_zero;
    if (seen > rank)
        return 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen > rank)
            return valueOf(m_offset + int(i));
    }
    return valueOf(m_offset + int(m_counts.size()) - 1);
}

quint64 LatencySketch::countAtMost(double ms) const
{
    quint64 n = m_zero;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        if (valueOf(m_offset + int(i)) > ms)
            break;
        n += m_counts[i];
    }
    return n;
}

void LatencySketch::clear()
{
    m_counts.clear();
    m_offset = 0;
    m_zero = 0;
    m_count = 0;
}

// Layout: varint zero count, then per non-empty bucket a zigzag varint of the
// index delta to the previous one (the first relative to 0) and a varint count.
QByteArray LatencySketch::encode() const
{
    QByteArray out;
    out.reserve(8 + int(m_counts.size()) * 2);
    putVarint(out, m_zero);
    int previous = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        if (!m_counts[i])
            continue;
        const int index = m_offset + int(i);
        putVarint(out, zigzag(index - previous));
        putVarint(out, m_counts[i]);
        previous = index;
    }
    return out;
}

bool LatencySketch::decode(const QByteArray &bytes)
{
    clear();
    return mergeEncoded(bytes);
}

bool LatencySketch::mergeEncoded(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    quint64 zero = 0;
    if (!getVarint(p, end, zero))
        return false;
    // Decode first, then grow once: merging thousands of rows is the hot path of /v1/stats.
    thread_local std::vector<std::pair<int, quint64>> buckets;
    buckets.clear();
    qint64 index = 0;
    quint64 total = zero;
    while (p < end) {
        quint64 delta = 0, count = 0;
        if (!getVarint(p, end, delta) || !getVarint(p, end, count))
            return false;
        index += unzigzag(delta);
        if (index < kMinIndex || index > kMaxIndex)
            return false;
        buckets.emplace_back(int(index), count);
        total += count;
    }
    m_zero += zero;
    m_count += total;
    if (buckets.empty())
        return true;
    int lo = buckets.front().first, hi = lo;
    for (const auto &b : buckets) {
        lo = std::min(lo, b.first);
        hi = std::max(hi, b.first);
    }
    grow(lo);
    grow(hi);
    for (const auto &b : buckets)
        m_counts[size_t(b.first - m_offset)] += b.second;
    return true;
}

} // namespace Switchboard
