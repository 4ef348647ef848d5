#pragma once

#include "singletonprovider.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace prospector::autopilot {
class AutopilotControl;
class AutopilotSettingsStore;
} // namespace prospector::autopilot

namespace prospector::ui {

// Edits autopilot's schedule, steps and guardrails (QML singleton "AutopilotSettings") on
// core's AutopilotSettingsStore. Values are edited by their settings key (the keys of
// AutopilotSettings::toJson), each checked with a message in plain words; Save stores them in
// one write and leaves the on/off and pause state alone (those belong to AutopilotControl).
class AutopilotSettingsEditor : public QObject, public SingletonProvider<AutopilotSettingsEditor> {
    Q_OBJECT
    QML_NAMED_ELEMENT(AutopilotSettings)
    QML_SINGLETON
    // key -> value as edited: numbers, booleans, "HH:mm" times, weekday lists (1 = Monday).
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    // key -> why the value typed last was refused (it was not taken).
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY valuesChanged)
    // Plain sentences: what autopilot will do with the settings as edited (the opt-in screen).
    Q_PROPERTY(QStringList summary READ summary NOTIFY valuesChanged)
    // Things that make a step do nothing (e.g. no campaign chosen), in plain words.
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY valuesChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    AutopilotSettingsEditor(autopilot::AutopilotSettingsStore &store, autopilot::AutopilotControl &control,
                            QObject *parent = nullptr);

    QVariantMap values() const { return m_edited.toVariantMap(); }
    bool dirty() const { return m_edited != m_saved; }
    QVariantMap errors() const { return m_errors; }
    QStringList summary() const;
    QStringList warnings() const;
    QString message() const { return m_message; }

    // Whether the stored settings know this key (newer settings add keys).
    Q_INVOKABLE bool has(const QString &key) const { return m_edited.contains(key); }
    // Takes the value when it is valid; else keeps the old one and returns the reason.
    Q_INVOKABLE QString setValue(const QString &key, const QVariant &value);
    Q_INVOKABLE void load();
    Q_INVOKABLE void revert();
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void valuesChanged();
    void messageChanged();
    void saved();

private:
    QString check(const QString &key, const QJsonValue &value, const QJsonObject &all) const;
    void setMessage(const QString &message);

    autopilot::AutopilotSettingsStore &m_store;
    autopilot::AutopilotControl &m_control;
    QJsonObject m_saved;
    QJsonObject m_edited;
    QVariantMap m_errors;
    QString m_message;
};

} // namespace prospector::ui
