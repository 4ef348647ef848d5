#include "sync/hubspotcompanysync.h"

#include "hubspot/hubspotclient.h"
#include "sync/clock.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncCompanies, "prospector.sync.hubspot.companies", QtInfoMsg)

namespace prospector::sync {
namespace {

constexpr int kMaxSearchPages = 50; // 10,000 results, HubSpot's own cap per search

QString domainOf(const OutboxOperation &op) {
    return IdempotencyKey::normalizeDomain(op.payload.value(QStringLiteral("domain")).toString());
}

bool olderThan(const QString &a, const QString &b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b; // ids are digit strings
}

} // namespace

struct HubSpotCompanySync::Batch {
    QList<OutboxOperation> ops;
    QStringList domains;
    QHash<QString, hubspot::CrmObject> found; // domain -> the oldest record HubSpot has
    QList<OutboxOperation> toCreate;
    QList<CompanyWriteBack> toWrite;
    int pages = 0;
    DrainReport report;
    std::function<void(const DrainReport &)> done;
};

HubSpotCompanySync::HubSpotCompanySync(const storage::Database &database, OutboxRepository &outbox,
                                       hubspot::HubSpotClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_failures(outbox, clock)
    , m_store(database, outbox, clock) {}

HubSpotCompanySync::~HubSpotCompanySync() = default;

void HubSpotCompanySync::drainBatch(std::function<void(const DrainReport &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    QString error;
    batch->ops = m_outbox.claimDue(service(), kind(), kBatchSize, &error);
    if (!error.isEmpty())
        qCWarning(lcSyncCompanies) << "claim failed:" << error;
    batch->report.claimed = int(batch->ops.size());
    if (batch->ops.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    for (const OutboxOperation &op : std::as_const(batch->ops)) {
        const QString domain = domainOf(op);
        if (domain.isEmpty())
            m_failures.dead(op, QStringLiteral("validation"), QStringLiteral("no company domain"),
                            batch->report);
        else
            batch->domains << domain;
    }
    batch->ops.removeIf([](const OutboxOperation &op) { return domainOf(op).isEmpty(); });
    if (batch->ops.isEmpty()) {
        batch->done(batch->report);
        return;
    }
    search(batch, QString());
}

void HubSpotCompanySync::search(const std::shared_ptr<Batch> &batch, const QString &after) {
    m_client.searchCompaniesByDomain(
        batch->domains, {QStringLiteral("name"), QStringLiteral("domain")}, after, this,
        [this, batch](const net::ApiResult<hubspot::SearchPage> &r) {
            if (!r.ok()) {
                for (const OutboxOperation &op : std::as_const(batch->ops))
                    m_failures.apply(op, r.error, batch->report);
                batch->done(batch->report);
                return;
            }
            for (const hubspot::CrmObject &company : r.value.results) {
                const QString domain =
                    IdempotencyKey::normalizeDomain(company.properties.value(QStringLiteral("domain")));
                if (!batch->domains.contains(domain))
                    continue;
                const auto it = batch->found.constFind(domain);
                if (it == batch->found.cend() || olderThan(company.id, it->id))
                    batch->found.insert(domain, company);
            }
            if (!r.value.nextAfter.isEmpty() && ++batch->pages < kMaxSearchPages)
                search(batch, r.value.nextAfter);
            else
                decide(batch);
        });
}

void HubSpotCompanySync::decide(const std::shared_ptr<Batch> &batch) {
    const qint64 now = m_clock.nowMs();
    for (OutboxOperation op : std::as_const(batch->ops)) {
        const QString domain = domainOf(op);
        const auto it = batch->found.constFind(domain);
        if (op.needsReconcile) {
            if (it == batch->found.cend()) {
                // Our earlier create may still be missing from the search index: believe the
                // absence only once it has lasted a whole settle period.
                const qint64 since = op.result.value(QStringLiteral("missingSince")).toInteger();
                if (since == 0 || now - since < m_settleMs) {
                    const qint64 first = since == 0 ? now : since;
                    QString error;
                    if (!m_outbox.postpone(
                            op, first + m_settleMs,
                            QStringLiteral("waiting for HubSpot's search to show recent companies"),
                            {{QStringLiteral("missingSince"), first}}, &error))
                        qCWarning(lcSyncCompanies) << "postpone failed:" << error;
                    ++batch->report.retrying;
                    continue;
                }
            }
            QString error;
            if (!m_outbox.clearReconcile(op, &error)) {
                qCWarning(lcSyncCompanies) << "lost claim while reconciling:" << error;
                continue;
            }
            ++batch->report.reconciled;
        }
        if (it != batch->found.cend())
            batch->toWrite.append({op, domain, *it, false});
        else
            batch->toCreate.append(op);
    }
    create(batch);
}

void HubSpotCompanySync::create(const std::shared_ptr<Batch> &batch) {
    if (batch->toCreate.isEmpty()) {
        finish(batch);
        return;
    }
    QList<hubspot::CreateInput> inputs;
    for (const OutboxOperation &op : std::as_const(batch->toCreate)) {
        hubspot::CreateInput input;
        const QJsonObject properties = op.payload.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (!it.value().toString().trimmed().isEmpty())
                input.properties.insert(it.key(), it.value().toString().trimmed());
        input.properties.insert(QStringLiteral("domain"), domainOf(op));
        input.traceId = QString::number(op.id);
        inputs << input;
    }
    m_client.createCompanies(inputs, this, [this, batch](const net::ApiResult<hubspot::BatchResult> &r) {
        const QList<OutboxOperation> ops = std::exchange(batch->toCreate, {});
        if (!r.ok()) {
            for (const OutboxOperation &op : ops)
                m_failures.apply(op, r.error, batch->report);
            finish(batch);
            return;
        }
        QHash<QString, hubspot::CrmObject> created;
        for (const hubspot::CrmObject &company : r.value.results)
            created.insert(
                IdempotencyKey::normalizeDomain(company.properties.value(QStringLiteral("domain"))), company);
        QHash<QString, hubspot::BatchItemError> errors;
        for (const hubspot::BatchItemError &error : r.value.errors)
            errors.insert(error.objectWriteTraceId, error);
        for (const OutboxOperation &op : ops) {
            const QString domain = domainOf(op);
            if (const auto it = created.constFind(domain); it != created.cend()) {
                batch->toWrite.append({op, domain, *it, true});
            } else if (const auto e = errors.constFind(QString::number(op.id)); e != errors.cend()) {
                m_failures.dead(op, QStringLiteral("validation"),
                                e->category + QLatin1String(": ") + e->message, batch->report);
            } else {
                m_failures.unknown(op, QStringLiteral("no result for this company in the batch response"),
                                   batch->report);
            }
        }
        finish(batch);
    });
}

void HubSpotCompanySync::finish(const std::shared_ptr<Batch> &batch) {
    if (!batch->toWrite.isEmpty()) {
        QString error;
        const QList<qint64> failed = m_store.writeCompanies(batch->toWrite, &error);
        batch->report.completed += int(batch->toWrite.size() - failed.size());
        for (const CompanyWriteBack &c : std::as_const(batch->toWrite)) {
            if (failed.contains(c.op.id)) {
                qCWarning(lcSyncCompanies) << "write-back failed:" << error;
                m_failures.unknown(c.op, QStringLiteral("write-back failed: ") + error, batch->report);
            }
        }
    }
    batch->done(batch->report);
}

} // namespace prospector::sync
