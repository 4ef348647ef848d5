#pragma once

#include <QList>
#include <algorithm>

// Latency samples in microseconds with nearest-rank percentiles.
class LatencyStats {
public:
    void add(qint64 micros) { m_samples << micros; }
    int count() const { return int(m_samples.size()); }
    double percentileMs(double p) const {
        if (m_samples.isEmpty())
            return 0;
        QList<qint64> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype rank = std::clamp<qsizetype>(
            qsizetype(p / 100.0 * double(sorted.size()) + 0.999999) - 1, 0, sorted.size() - 1);
        return double(sorted.at(rank)) / 1000.0;
    }

private:
    QList<qint64> m_samples;
};
