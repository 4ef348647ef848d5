#pragma once

#include "dashboardmodel.h"
#include "filtervaluesource.h"
#include "pagerpagesource.h"
#include "prospectdetail.h"
#include "prospecttablemodel.h"
#include "review/bulkeditor.h"
#include "review/noteeditor.h"
#include "review/prospecteditor.h"
#include "review/undostack.h"
#include "reviewactions.h"
#include "savedviewsmodel.h"
#include "scoringeditor.h"

namespace prospector::ui {

// The objects of the review screens (Prospects page, detail pane, bulk actions, dashboard,
// ICP rules editor),
// built and wired in one place so main.cpp and the QML test runner compose them identically.
// Part of the composition root, not a locator: nothing looks objects up through it.
struct ReviewObjects {
    explicit ReviewObjects(const storage::Database &database);

    // Hands the QML singletons to the module; call before the QML engine loads.
    void provide();

    review::UndoStack undo;
    review::BulkEditor bulkEditor;
    review::ProspectEditor prospectEditor;
    review::NoteEditor noteEditor;
    PagerPageSource pageSource;
    ProspectTableModel table;
    ReviewActions actions;
    ProspectDetail detail;
    SavedViewsModel savedViews;
    DashboardModel dashboard;
    ScoringEditor scoring;
    FilterValueSource filterValues;
};

} // namespace prospector::ui
