#pragma once

#include <QJSEngine>
#include <QPointer>
#include <QQmlEngine>

namespace prospector::ui {

// QML singletons whose instance is built by the composition root (main.cpp or a test's setup)
// with its dependencies injected, then handed to QML through the static create() that
// QML_SINGLETON looks for. The object stays owned by C++.
template <typename T>
class SingletonProvider {
public:
    static void provide(T *instance) { s_instance = instance; }

    static T *create(QQmlEngine *, QJSEngine *) {
        Q_ASSERT_X(s_instance, "SingletonProvider", "the composition root must provide() the instance first");
        QJSEngine::setObjectOwnership(s_instance.data(), QJSEngine::CppOwnership);
        return s_instance.data();
    }

private:
    static inline QPointer<T> s_instance;
};

} // namespace prospector::ui
