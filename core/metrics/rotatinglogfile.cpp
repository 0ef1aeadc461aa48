// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotatinglogfile.h"

#include <QMutexLocker>

namespace Switchboard {

using namespace Qt::StringLiterals;

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(std::max<qint64>(1024, maxBytes))
    , m_keep(std::max(1, keep))
{ }

bool RotatingLogFile::open()
{
    QMutexLocker lock(&m_mutex);
    m_file.setFileName(m_path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void RotatingLogFile::write(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes)
        rotate();
    m_file.write(line);
    m_file.flush();
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(m_path + u'.' + QString::number(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(m_path + u'.' + QString::number(i), m_path + u'.' + QString::number(i + 1));
    QFile::rename(m_path, m_path + u".1"_s);
    m_file.setFileName(m_path);
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

} // namespace Switchboard
