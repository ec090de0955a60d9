// Compiled only by the test `core_rejects_widgets`, which expects this to fail.
#include <QWidget>
int probe() { return sizeof(QWidget); }
