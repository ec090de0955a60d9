#include "engine/nativeconfig.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "util/jsoninteger.h"

namespace rrsis {

namespace {

struct NativeConfigText {
  Q_DECLARE_TR_FUNCTIONS(NativeConfig)
};

QString tr(const char* text) { return NativeConfigText::tr(text); }

bool readList(const QJsonObject& o, const char* key, std::vector<int64_t>& out) {
  const QJsonValue v = o.value(QLatin1String(key));
  if (v.isUndefined()) return true;
  if (!v.isArray()) return false;
  out.clear();
  for (const QJsonValue& e : v.toArray()) {
    if (!e.isDouble()) return false;
    out.push_back(jsonInteger(e, 0));
  }
  return true;
}

QJsonArray list(const std::vector<int64_t>& v) {
  QJsonArray a;
  for (int64_t x : v) a.append(qint64(x));
  return a;
}

int64_t readInt(const QJsonObject& o, const char* key, int64_t fallback) {
  const QJsonValue v = o.value(QLatin1String(key));
  return jsonInteger(v, fallback);
}

/** Largest index + 1 of "<prefix><i>." keys, e.g. blocks in a stage. */
int64_t countIndexed(const nets::TensorMap& w, const std::string& prefix) {
  int64_t n = 0;
  for (auto it = w.lower_bound(prefix); it != w.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    const std::string rest = it->first.substr(prefix.size());
    const auto dot = rest.find('.');
    if (dot == std::string::npos) continue;
    try {
      n = std::max<int64_t>(n, std::stoll(rest.substr(0, dot)) + 1);
    } catch (const std::exception&) {
    }
  }
  return n;
}

const torch::Tensor* find(const nets::TensorMap& w, const std::string& key) {
  const auto it = w.find(key);
  return it == w.end() ? nullptr : &it->second;
}

}  // namespace

bool isLavtFamily(const QString& a) {
  return a == QLatin1String("lavt") || a == QLatin1String("rmsin") || a == QLatin1String("fianet") ||
         a == QLatin1String("lgce");
}

Result<nets::SwinOptions> swinOptionsFromJson(const QJsonValue& value, nets::SwinOptions o) {
  using R = Result<nets::SwinOptions>;
  if (value.isString()) {
    static const QRegularExpression re(QStringLiteral("^(tiny|small|base|large)(?:-w(\\d+))?$"));
    const auto m = re.match(value.toString());
    if (!m.hasMatch() || !nets::SwinOptions::fromName(m.captured(1).toStdString(), o))
      return R::failure(tr("config.swin \"%1\" is not a Swin size (tiny, small, base, large, with -w7 or -w12)")
                            .arg(value.toString()));
    if (!m.captured(2).isEmpty()) o.window = m.captured(2).toInt();
  } else if (value.isObject()) {
    const QJsonObject s = value.toObject();
    o.embedDim = readInt(s, "embed_dim", o.embedDim);
    o.window = readInt(s, "window", o.window);
    o.mlpRatio = s.value(QStringLiteral("mlp_ratio")).toDouble(o.mlpRatio);
    o.textDim = readInt(s, "text_dim", o.textDim);
    o.variousReceptive = s.value(QStringLiteral("various_receptive")).toBool(o.variousReceptive);
    o.cimSide = readInt(s, "cim_side", o.cimSide);
    o.fianet = s.value(QStringLiteral("fianet")).toBool(o.fianet);
    o.tmemBlocks = readInt(s, "tmem_blocks", o.tmemBlocks);
    if (!readList(s, "depths", o.depths) || !readList(s, "heads", o.heads) ||
        !readList(s, "fusion_heads", o.fusionHeads))
      return R::failure(tr("config.swin: depths, heads and fusion_heads must be lists of numbers"));
  } else if (!value.isUndefined()) {
    return R::failure(tr("config.swin must be a Swin size name or an object"));
  }
  const std::string problem = o.validate();
  if (!problem.empty()) return R::failure(tr("config.swin: %1").arg(QString::fromStdString(problem)));
  return o;
}

QJsonObject swinOptionsToJson(const nets::SwinOptions& o) {
  return {{QStringLiteral("embed_dim"), qint64(o.embedDim)},
          {QStringLiteral("depths"), list(o.depths)},
          {QStringLiteral("heads"), list(o.heads)},
          {QStringLiteral("window"), qint64(o.window)},
          {QStringLiteral("mlp_ratio"), o.mlpRatio},
          {QStringLiteral("fusion_heads"), list(o.fusionHeads)},
          {QStringLiteral("text_dim"), qint64(o.textDim)},
          {QStringLiteral("various_receptive"), o.variousReceptive},
          {QStringLiteral("cim_side"), qint64(o.cimSide)},
          {QStringLiteral("fianet"), o.fianet},
          {QStringLiteral("tmem_blocks"), qint64(o.tmemBlocks)}};
}

Result<nets::BertOptions> bertOptionsFromJson(const QJsonValue& value) {
  using R = Result<nets::BertOptions>;
  nets::BertOptions o;
  if (!value.isUndefined() && !value.isObject()) return R::failure(tr("config.bert must be an object"));
  const QJsonObject b = value.toObject();
  o.vocabSize = readInt(b, "vocab_size", o.vocabSize);
  o.hiddenSize = readInt(b, "hidden_size", o.hiddenSize);
  o.layers = readInt(b, "layers", o.layers);
  o.heads = readInt(b, "heads", o.heads);
  o.intermediateSize = readInt(b, "intermediate_size", o.intermediateSize);
  o.maxPositions = readInt(b, "max_positions", o.maxPositions);
  o.typeVocabSize = readInt(b, "type_vocab_size", o.typeVocabSize);
  if (o.typeVocabSize <= 0 || o.vocabSize <= 0 || o.hiddenSize <= 0 || o.layers < 0 || o.heads <= 0 ||
      o.intermediateSize <= 0 || o.maxPositions <= 0 || o.hiddenSize % o.heads != 0)
    return R::failure(tr("config.bert: sizes must be positive and hidden_size divisible by heads"));
  return o;
}

QJsonObject bertOptionsToJson(const nets::BertOptions& o) {
  return {{QStringLiteral("vocab_size"), qint64(o.vocabSize)},
          {QStringLiteral("hidden_size"), qint64(o.hiddenSize)},
          {QStringLiteral("layers"), qint64(o.layers)},
          {QStringLiteral("heads"), qint64(o.heads)},
          {QStringLiteral("intermediate_size"), qint64(o.intermediateSize)},
          {QStringLiteral("max_positions"), qint64(o.maxPositions)},
          {QStringLiteral("type_vocab_size"), qint64(o.typeVocabSize)}};
}

Result<nets::LavtOptions> lavtOptionsFromConfig(const QJsonObject& config, int vocabSize, const QString& architecture,
                                                int inputSize) {
  using R = Result<nets::LavtOptions>;
  const nets::LavtOptions defaults = architecture == QLatin1String("rmsin")    ? nets::LavtOptions::rmsin(inputSize)
                                     : architecture == QLatin1String("fianet") ? nets::LavtOptions::fianet(1)
                                     : architecture == QLatin1String("lgce")   ? nets::LavtOptions::withLgce()
                                                                               : nets::LavtOptions{};
  auto swin = swinOptionsFromJson(config.value(QStringLiteral("swin")), defaults.swin);
  if (!swin) return R::failure(swin.error());
  auto bert = bertOptionsFromJson(config.value(QStringLiteral("bert")));
  if (!bert) return R::failure(bert.error());
  nets::LavtOptions o = defaults;
  o.swin = *swin;
  o.bert = *bert;
  auto lgce = lgceOptionsFromJson(config.value(QStringLiteral("lgce")), defaults.lgce);
  if (!lgce) return R::failure(lgce.error());
  o.lgce = *lgce;
  o.lgce.textDim = o.bert.hiddenSize;
  const QString decoder = config.value(QStringLiteral("decoder")).toString();
  if (decoder == QLatin1String("rotated") || decoder == QLatin1String("simple"))
    o.rotatedDecoder = decoder == QLatin1String("rotated");
  else if (!decoder.isEmpty())
    return R::failure(tr("config.decoder \"%1\" is neither \"simple\" nor \"rotated\"").arg(decoder));
  if (o.swin.cimSide > 0 && o.swin.cimSide != nets::deepestSide(inputSize))
    return R::failure(tr("The cross-scale module was built for a %1 x %1 deepest map (input %2 px), but the "
                         "bundle's input is %3 px.")
                          .arg(o.swin.cimSide)
                          .arg(o.swin.cimSide * 32)
                          .arg(inputSize));
  if (vocabSize > 0 && o.bert.vocabSize != vocabSize)
    return R::failure(tr("The tokenizer has %1 entries but BERT was built for a vocabulary of %2 "
                         "(config.bert.vocab_size): they do not belong together.")
                          .arg(vocabSize)
                          .arg(o.bert.vocabSize));
  const std::string problem = o.validate();
  if (!problem.empty()) return R::failure(tr("Invalid LAVT config: %1").arg(QString::fromStdString(problem)));
  return o;
}

QJsonObject lavtConfigToJson(const nets::LavtOptions& o) {
  QJsonObject config{
      {QStringLiteral("swin"), swinOptionsToJson(o.swin)},
      {QStringLiteral("bert"), bertOptionsToJson(o.bert)},
      {QStringLiteral("decoder"), o.rotatedDecoder ? QStringLiteral("rotated") : QStringLiteral("simple")}};
  if (o.lgce.enabled) config[QStringLiteral("lgce")] = lgceOptionsToJson(o.lgce);
  return config;
}

Result<nets::LgceOptions> lgceOptionsFromJson(const QJsonValue& value, nets::LgceOptions o) {
  using R = Result<nets::LgceOptions>;
  if (value.isUndefined()) return o;
  if (!value.isObject()) return R::failure(tr("config.lgce must be an object"));
  const QJsonObject l = value.toObject();
  std::vector<int64_t> depths(o.depths.begin(), o.depths.end()), heads(o.heads.begin(), o.heads.end());
  if (!readList(l, "depths", depths) || !readList(l, "heads", heads) || depths.size() != 2 || heads.size() != 2)
    return R::failure(tr("config.lgce: depths and heads must be two numbers each (stage 3, stage 4)"));
  o.enabled = l.value(QStringLiteral("enabled")).toBool(true);
  o.depths = {depths[0], depths[1]};
  o.heads = {heads[0], heads[1]};
  o.mlpRatio = l.value(QStringLiteral("mlp_ratio")).toDouble(o.mlpRatio);
  return o;
}

QJsonObject lgceOptionsToJson(const nets::LgceOptions& o) {
  return {{QStringLiteral("enabled"), o.enabled},
          {QStringLiteral("depths"), list({o.depths[0], o.depths[1]})},
          {QStringLiteral("heads"), list({o.heads[0], o.heads[1]})},
          {QStringLiteral("mlp_ratio"), o.mlpRatio}};
}

nets::LgceOptions lgceOptionsFromWeights(const nets::TensorMap& w, const std::string& p) {
  nets::LgceOptions o;
  const torch::Tensor* guide = find(w, p + "lg_layer3.weight");
  if (!guide || guide->dim() != 2) return o;
  o.enabled = true;
  o.textDim = guide->size(1);
  for (int s = 0; s < 2; ++s) o.depths[s] = countIndexed(w, p + "msb1.msb.blocks." + std::to_string(s) + ".");
  const torch::Tensor* fc1 = find(w, p + "msb1.msb.blocks.0.0.mlp.fc1.weight");
  if (fc1 && fc1->dim() == 2) o.mlpRatio = double(fc1->size(0)) / double(fc1->size(1));
  return o;  // the heads leave no trace in the weights: LGCE's 8 and 16 are kept
}

Result<int64_t> cimSideFromWeights(const nets::TensorMap& w, const std::string& p) {
  const torch::Tensor* proj = find(w, p + "cim.block.0.csa1.m.attention.proj.weight");
  if (!proj) return int64_t(0);
  const auto side = int64_t(std::lround(std::sqrt(double(proj->size(0)))));
  if (proj->dim() != 2 || side * side != proj->size(0) || nets::crossScaleTokens(side) != proj->size(1))
    return Result<int64_t>::failure(tr("the cross-scale attention's proj is %1 x %2, which fits no input size")
                                        .arg(proj->size(0))
                                        .arg(proj->size(1)));
  return side;
}

Result<nets::SwinOptions> swinOptionsFromWeights(const nets::TensorMap& w, const std::string& p) {
  using R = Result<nets::SwinOptions>;
  nets::SwinOptions o;
  const torch::Tensor* proj = find(w, p + "patch_embed.proj.weight");
  if (!proj || proj->dim() != 4)
    return R::failure(
        tr("no %1patch_embed.proj.weight: not a Swin backbone of the LAVT family").arg(QString::fromStdString(p)));
  o.embedDim = proj->size(0);
  if (countIndexed(w, p + "layers.") != 4) return R::failure(tr("the backbone does not have four stages"));
  for (size_t i = 0; i < 4; ++i) {
    const std::string stage = p + "layers." + std::to_string(i) + ".blocks.";
    o.depths[i] = countIndexed(w, stage);
    const torch::Tensor* table = find(w, stage + "0.attn.relative_position_bias_table");
    if (o.depths[i] == 0 || !table || table->dim() != 2)
      return R::failure(tr("stage %1 of the backbone has no Swin blocks").arg(i));
    o.heads[i] = table->size(1);
    const auto side = int64_t(std::lround(std::sqrt(double(table->size(0)))));
    if (side * side != table->size(0) || side % 2 == 0)
      return R::failure(tr("a relative position table with %1 rows fits no window size").arg(table->size(0)));
    const int64_t window = (side + 1) / 2;
    if (i > 0 && window != o.window) return R::failure(tr("the stages use different window sizes"));
    o.window = window;
  }
  if (const torch::Tensor* fc1 = find(w, p + "layers.0.blocks.0.mlp.fc1.weight"))
    o.mlpRatio = double(fc1->size(0)) / double(o.embedDim);
  for (const char* fusion : {"fusion", "context_pixel_attn"})  // LAVT / RMSIN, FIANet
    if (const torch::Tensor* key = find(w, p + "layers.0." + fusion + ".image_lang_att.f_key.0.weight"))
      o.textDim = key->size(1);
  o.variousReceptive = find(w, p + "layers.0.visual_residual.repblock.brb_identity.weight") != nullptr;
  o.fianet = find(w, p + "layers.0.object_position_align_blk.conv1.weight") != nullptr;
  o.tmemBlocks = countIndexed(w, p + "tmem.block.");
  auto side = cimSideFromWeights(w, p);
  if (!side) return R::failure(side.error());
  o.cimSide = *side;
  const std::string problem = o.validate();
  if (!problem.empty()) return R::failure(QString::fromStdString(problem));
  return o;
}

Result<nets::BertOptions> bertOptionsFromWeights(const nets::TensorMap& w, const std::string& p) {
  using R = Result<nets::BertOptions>;
  nets::BertOptions o;
  const torch::Tensor* words = find(w, p + "embeddings.word_embeddings.weight");
  const torch::Tensor* positions = find(w, p + "embeddings.position_embeddings.weight");
  const torch::Tensor* types = find(w, p + "embeddings.token_type_embeddings.weight");
  const torch::Tensor* inter = find(w, p + "encoder.layer.0.intermediate.dense.weight");
  if (!words || !positions || !types || words->dim() != 2)
    return R::failure(tr("no BERT embeddings under \"%1\"").arg(QString::fromStdString(p)));
  o.vocabSize = words->size(0);
  o.hiddenSize = words->size(1);
  o.maxPositions = positions->size(0);
  o.typeVocabSize = types->size(0);
  o.layers = countIndexed(w, p + "encoder.layer.");
  if (inter) o.intermediateSize = inter->size(0);
  o.heads = std::max<int64_t>(1, o.hiddenSize / 64);
  if (o.hiddenSize % o.heads != 0) o.heads = 1;
  return o;
}

}  // namespace rrsis
