#include "dataset/refsegrsexport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/refsegrs.h"

namespace rrsis {

namespace {

struct ExportText {
  Q_DECLARE_TR_FUNCTIONS(RefSegRsExport)
};

}  // namespace

Result<RefSegRsExportReport> exportRefSegRs(const Project& project, const QString& folder,
                                            const RefSegRsExportOptions& o,
                                            const std::function<bool(int, int)>& progress) {
  using R = Result<RefSegRsExportReport>;
  auto plan = ChipPlan::make(project, o);
  if (!plan) return R::failure(plan.error());
  auto writer = RefSegRsWriter::open(folder);
  if (!writer) return R::failure(writer.error());
  RefSegRsExportReport report;
  report.notes = plan->notes();
  const int total = int(plan->chips().size());
  for (int i = 0; i < total; ++i) {
    if (progress && !progress(i, total)) break;
    const PlannedChip& p = plan->chips()[size_t(i)];
    const Annotation& a = project.document(p.scene)->at(p.annotation);
    auto rgb = plan->readRgb(p);
    if (!rgb) return R::failure(ExportText::tr("Cannot read the chip of “%1”: %2").arg(a.expression, rgb.error()));
    auto id = writer->append(*rgb, plan->readMask(a, p), a.expression.simplified(), splitName(p.split),
                             plan->geoReference(p));
    if (!id) return R::failure(id.error());
    report.ids << *id;
    ++report.samples;
  }
  if (progress) progress(report.samples, total);
  return report;
}

}  // namespace rrsis
