// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curlcommand.h"

#include "redact/redactor.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::build(const QString &method, const QString &url, const HeaderList &headers,
                           const QByteArray &body, const HeaderList &revealed)
{
    QStringList lines;
    lines << u"curl -sS -X %1 %2"_s.arg(method.isEmpty() ? u"POST"_s : method, shellQuote(url));
    auto revealedValue = [&revealed](const QByteArray &name) -> std::optional<QByteArray> {
        for (const auto &h : revealed)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return std::nullopt;
    };
    QList<QByteArray> seen;
    for (const auto &h : headers) {
        // curl computes these itself; copying them would only conflict.
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0
            || h.first.compare("host", Qt::CaseInsensitive) == 0)
            continue;
        QByteArray value = h.second;
        if (auto r = revealedValue(h.first))
            value = *r;
        else if (Redactor::isSecretHeader(h.first.toLower()))
            value = Redactor::shared()->redactHeaderValue(h.first, h.second);
        seen << h.first.toLower();
        lines << u"-H "_s + shellQuote(QString::fromLatin1(h.first) + u": "_s + QString::fromUtf8(value));
    }
    for (const auto &h : revealed) {
        if (!seen.contains(h.first.toLower()))
            lines << u"-H "_s
                    + shellQuote(QString::fromLatin1(h.first) + u": "_s + QString::fromUtf8(h.second));
    }
    if (!body.isEmpty())
        lines << u"--data-binary "_s + shellQuote(QString::fromUtf8(body));
    return lines.join(u" \\\n  "_s) + u'\n';
}

} // namespace Switchboard
