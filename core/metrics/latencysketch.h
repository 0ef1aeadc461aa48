// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace Switchboard {

// A mergeable latency histogram in the manner of DDSketch: logarithmically
// spaced buckets whose width bounds the relative error of every quantile
// (kRelativeAccuracy = 1 %, so a reported p99 is within 1 % of a true sample
// value at that rank). Two sketches merge by adding bucket counts, which is how
// percentiles over any window and filter are computed: merge the minutes, then
// ask; never average percentiles.
//
// Values are milliseconds; zero and negative values go to a zero bucket.
// Encoded compactly for storage as varints of (bucket delta, count) pairs.
// A plain value type, not thread-safe.
class LatencySketch
{
public:
    static constexpr double kRelativeAccuracy = 0.01;

    void add(double ms, quint64 count = 1);
    void merge(const LatencySketch &other);
    // The value at quantile q (0..1), within kRelativeAccuracy of the true
    // sample at rank floor(q * (count - 1)); 0 when empty.
    double quantile(double q) const;
    // How many samples are at most ms, to the sketch's accuracy.
    quint64 countAtMost(double ms) const;

    quint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    void clear();

    QByteArray encode() const;
    // False for bytes that are not an encoded sketch (the sketch is left empty).
    bool decode(const QByteArray &bytes);
    // Merges encoded bytes without building a temporary sketch.
    bool mergeEncoded(const QByteArray &bytes);

    // The bucket a value falls in, and the value a bucket reports.
    static int indexOf(double ms);
    static double valueOf(int index);

private:
    void grow(int index);

    std::vector<quint64> m_counts; // m_counts[i] is bucket m_offset + i
    int m_offset = 0;
    quint64 m_zero = 0;
    quint64 m_count = 0;
};

} // namespace Switchboard
