// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/latencysketch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Switchboard;

namespace {

enum class Shape { Uniform, LogNormal, Bimodal, Constant, WithZeros };

std::vector<double> samples(Shape shape, int n, quint32 seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> out;
    out.reserve(size_t(n));
    std::uniform_real_distribution<double> uniform(1, 2000);
    std::lognormal_distribution<double> logNormal(4.0, 1.2); // median about 55 ms, long tail
    std::normal_distribution<double> fast(20, 4), slow(1500, 300);
    std::bernoulli_distribution coin(0.85);
    for (int i = 0; i < n; ++i) {
        switch (shape) {
        case Shape::Uniform:
            out.push_back(uniform(rng));
            break;
        case Shape::LogNormal:
            out.push_back(logNormal(rng));
            break;
        case Shape::Bimodal:
            out.push_back(std::max(1.0, coin(rng) ? fast(rng) : slow(rng)));
            break;
        case Shape::Constant:
            out.push_back(250);
            break;
        case Shape::WithZeros:
            out.push_back(i % 3 == 0 ? 0.0 : std::round(uniform(rng)));
            break;
        }
    }
    return out;
}

double exactQuantile(std::vector<double> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    return sorted[size_t(q * double(sorted.size() - 1))];
}

bool within(double got, double want, double relative)
{
    if (want == 0)
        return got == 0;
    return std::abs(got - want) <= relative * want + 1e-9;
}

} // namespace

Q_DECLARE_METATYPE(Shape)

class tst_LatencySketch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accuracy_data();
    void accuracy();
    void mergedMinutesEqualWhole_data();
    void mergedMinutesEqualWhole();
    void encodeRoundTrip();
    void decodeRejectsGarbage();
    void emptyAndEdges();
    void countAtMost();
};

void tst_LatencySketch::accuracy_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("n");
    QTest::addRow("uniform 10k") << Shape::Uniform << 10000;
    QTest::addRow("log-normal 50k") << Shape::LogNormal << 50000;
    QTest::addRow("bimodal 20k") << Shape::Bimodal << 20000;
    QTest::addRow("constant 100") << Shape::Constant << 100;
    QTest::addRow("with zeros 3k") << Shape::WithZeros << 3000;
    QTest::addRow("single") << Shape::Uniform << 1;
    QTest::addRow("few") << Shape::LogNormal << 7;
}

void tst_LatencySketch::accuracy()
{
    QFETCH(Shape, shape);
    QFETCH(int, n);
    const auto values = samples(shape, n, 42 + quint32(n));
    LatencySketch sketch;
    for (double v : values)
        sketch.add(v);
    QCOMPARE(sketch.count(), quint64(n));
    for (double q : {0.0, 0.1, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0}) {
        const double want = exactQuantile(values, q);
        const double got = sketch.quantile(q);
        QVERIFY2(within(got, want, LatencySketch::kRelativeAccuracy),
                 qPrintable(QStringLiteral("q=%1: got %2, exact %3").arg(q).arg(got).arg(want)));
    }
}

void tst_LatencySketch::mergedMinutesEqualWhole_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addRow("uniform") << Shape::Uniform;
    QTest::addRow("log-normal") << Shape::LogNormal;
    QTest::addRow("bimodal") << Shape::Bimodal;
}

// Percentiles over a window are computed by merging per-minute, per-endpoint
// sketches (through their stored encoding); the result is as accurate as one
// sketch over all the values, and identical to it.
void tst_LatencySketch::mergedMinutesEqualWhole()
{
    QFETCH(Shape, shape);
    std::vector<double> all;
    LatencySketch whole, merged;
    for (int minute = 0; minute < 60; ++minute) {
        for (int endpoint = 0; endpoint < 3; ++endpoint) {
            // Each endpoint has its own scale, so the merge mixes distributions.
            auto values = samples(shape, 50 + minute * 7 % 90, quint32(minute * 31 + endpoint));
            LatencySketch part;
            for (double &v : values) {
                v *= 1 + endpoint;
                part.add(v);
                whole.add(v);
                all.push_back(v);
            }
            QVERIFY(merged.mergeEncoded(part.encode()));
        }
    }
    QCOMPARE(merged.count(), quint64(all.size()));
    QCOMPARE(merged.encode(), whole.encode());
    for (double q : {0.5, 0.95, 0.99}) {
        const double want = exactQuantile(all, q);
        QVERIFY2(
            within(merged.quantile(q), want, LatencySketch::kRelativeAccuracy),
            qPrintable(QStringLiteral("q=%1: got %2, exact %3").arg(q).arg(merged.quantile(q)).arg(want)));
    }
    // Averaging the per-part p99s would be wrong; the merge is not that.
    LatencySketch copy;
    copy.merge(whole);
    QCOMPARE(copy.quantile(0.99), whole.quantile(0.99));
}

void tst_LatencySketch::encodeRoundTrip()
{
    LatencySketch s;
    for (double v : {0.0, 0.5, 1.0, 3.0, 17.0, 250.0, 60000.0, 3.6e6})
        s.add(v, 3);
    const QByteArray bytes = s.encode();
    QVERIFY(bytes.size() < 40); // sparse and varint: a few bytes per bucket
    LatencySketch back;
    QVERIFY(back.decode(bytes));
    QCOMPARE(back.count(), s.count());
    QCOMPARE(back.encode(), bytes);
    for (double q : {0.0, 0.3, 0.5, 0.9, 1.0})
        QCOMPARE(back.quantile(q), s.quantile(q));
}

void tst_LatencySketch::decodeRejectsGarbage()
{
    LatencySketch s;
    QVERIFY(!s.decode(QByteArray("\xff\xff\xff", 3)));
    QVERIFY(!s.decode(QByteArray("\x00\x80", 2)));
    QVERIFY(s.decode(QByteArray()));
    QVERIFY(s.isEmpty());
}

void tst_LatencySketch::emptyAndEdges()
{
    LatencySketch s;
    QCOMPARE(s.quantile(0.5), 0.0);
    s.add(0);
    s.add(-5);
    QCOMPARE(s.quantile(0.99), 0.0);
    s.add(std::nan(""));
    QCOMPARE(s.count(), quint64(3));
    s.add(1e300); // clamped, not a huge allocation
    QVERIFY(s.quantile(1.0) > 1e9);
}

void tst_LatencySketch::countAtMost()
{
    LatencySketch s;
    for (int v = 1; v <= 1000; ++v)
        s.add(v);
    const quint64 n = s.countAtMost(100);
    QVERIFY2(n >= 98 && n <= 102, qPrintable(QString::number(n)));
    QCOMPARE(s.countAtMost(1e9), quint64(1000));
}

QTEST_GUILESS_MAIN(tst_LatencySketch)
#include "tst_latencysketch.moc"
