<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationDocument</name>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>ClassMaskImport</name>
    <message>
        <source>The %1 folder %2 does not exist.</source>
        <translation>%1文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>The %1 folder %2 is not a folder.</source>
        <translation>%1文件夹 %2 不是文件夹。</translation>
    </message>
    <message>
        <source>%1: another file has the base name “%2”; only %3 is used.</source>
        <translation>%1：另一个文件的基本名称也是“%2”；只使用 %3。</translation>
    </message>
    <message>
        <source>images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>掩膜</translation>
    </message>
    <message>
        <source>%1 has no mask: skipped.</source>
        <translation>%1 没有掩膜：已跳过。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no bands or is larger than 64 M pixels.</source>
        <translation>%1 没有波段，或大于 6400 万像素。</translation>
    </message>
    <message>
        <source>%1 is not an 8-bit image.</source>
        <translation>%1 不是 8 位影像。</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels but its mask %4 is %5 x %6: skipped.</source>
        <translation>%1 为 %2 x %3 像素，但其掩膜 %4 为 %5 x %6：已跳过。</translation>
    </message>
    <message>
        <source>No class is given.</source>
        <translation>未指定类别。</translation>
    </message>
    <message>
        <source>No folder of images and masks is given.</source>
        <translation>未指定影像和掩膜文件夹。</translation>
    </message>
    <message>
        <source>The chip size %1 is outside 16..8192 pixels.</source>
        <translation>切片尺寸 %1 超出 16..8192 像素的范围。</translation>
    </message>
    <message>
        <source>The stride %1 is outside 1..8192 pixels.</source>
        <translation>步长 %1 超出 1..8192 像素的范围。</translation>
    </message>
    <message>
        <source>The scales must be distinct whole numbers within 1..64.</source>
        <translation>尺度必须是 1..64 之间互不相同的整数。</translation>
    </message>
    <message>
        <source>The val and test fractions must be &gt;= 0 with a sum of at most 1.</source>
        <translation>val 和 test 比例必须 &gt;= 0，且两者之和不超过 1。</translation>
    </message>
    <message>
        <source>The absent rate must be within 0..1.</source>
        <translation>缺失类别比例必须在 0..1 之间。</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 已存在且不是文件夹。</translation>
    </message>
    <message>
        <source>%1 is not empty; nothing was written (choose a new or empty folder).</source>
        <translation>%1 不为空；未写入任何内容（请选择新的或空的文件夹）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1: %2</source>
        <translation>无法替换空文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the dataset to %1: %2</source>
        <translation>无法将数据集移动到 %1：%2</translation>
    </message>
    <message>
        <source>No image has a mask of the same base name (%1 image(s) found); nothing was written.</source>
        <translation>没有影像具有基本名称相同的掩膜（共找到 %1 张影像）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>No sample: %1 image(s) read, %2 chip(s), and no chip shows a queried class (check the class colours, the chip size and the scales). Nothing was written.</source>
        <translation>没有样本：读取了 %1 张影像、%2 个切片，但没有切片包含要查询的类别（请检查类别颜色、切片尺寸和尺度）。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>CocoExport</name>
    <message>
        <source>%1 already exists; choose another file or allow overwriting.</source>
        <translation>%1 已存在；请选择其他文件或允许覆盖。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Annotation %1 of %2 has no expression and was left out.</source>
        <translation>%2 的标注 %1 没有表达式，已跳过。</translation>
    </message>
    <message numerus="yes">
        <source>%n hole(s) in masks were filled: COCO polygons cannot hold holes (run-lengths can).</source>
        <translation>
            <numerusform>已填充掩膜中的 %n 个孔洞：COCO 多边形无法表示孔洞（游程编码可以）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CocoImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not JSON or is cut short (%2 at byte %3).</source>
        <translation>%1 不是 JSON 或已被截断（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a COCO instances file: it needs &quot;images&quot; and &quot;annotations&quot; lists.</source>
        <translation>%1 不是 COCO 实例文件：需要 &quot;images&quot; 和 &quot;annotations&quot; 列表。</translation>
    </message>
    <message>
        <source>The image %1 (%2 x %3) is not a scene of the project; its annotations were left out.</source>
        <translation>图像 %1（%2 x %3）不是项目中的影像；其标注已跳过。</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未更改。</translation>
    </message>
    <message>
        <source>Annotation %1 was left out: %2</source>
        <translation>标注 %1 已跳过：%2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s) from COCO</source>
        <translation>
            <numerusform>从 COCO 导入 %n 个标注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CocoRle</name>
    <message>
        <source>The mask size %1 x %2 is not valid.</source>
        <translation>掩膜尺寸 %1 x %2 无效。</translation>
    </message>
    <message>
        <source>The run-length counts are not valid.</source>
        <translation>游程计数无效。</translation>
    </message>
    <message>
        <source>The run-length counts cover %1 pixels, not %2 x %3.</source>
        <translation>游程计数覆盖 %1 个像素，而不是 %2 x %3。</translation>
    </message>
    <message>
        <source>The run-length string is truncated or malformed.</source>
        <translation>游程编码字符串被截断或格式错误。</translation>
    </message>
    <message>
        <source>The run-length string has an invalid character at %1.</source>
        <translation>游程编码字符串在位置 %1 有无效字符。</translation>
    </message>
    <message>
        <source>The segmentation has no counts.</source>
        <translation>分割数据没有计数。</translation>
    </message>
    <message>
        <source>The segmentation is %1 x %2 but its image is %3 x %4.</source>
        <translation>分割为 %1 x %2，但其影像为 %3 x %4。</translation>
    </message>
    <message>
        <source>A polygon needs at least three x, y pairs.</source>
        <translation>多边形至少需要三对 x、y 坐标。</translation>
    </message>
    <message>
        <source>The segmentation is neither an RLE nor polygons.</source>
        <translation>分割既不是 RLE 也不是多边形。</translation>
    </message>
    <message>
        <source>A polygon has a coordinate out of range.</source>
        <translation>多边形有超出范围的坐标。</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The dataset folder %1 does not exist.</source>
        <translation>数据集文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has no %2 split: %3 is missing.</source>
        <translation>%1 没有 %2 划分：缺少 %3。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>the id “%1” has no expression.</source>
        <translation>ID“%1”没有指代表达式。</translation>
    </message>
    <message>
        <source>the id “%1” would lead outside the dataset folder.</source>
        <translation>ID“%1”会指向数据集文件夹之外。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id (letters, digits, _ . - only).</source>
        <translation>“%1”不是有效的 ID（只允许字母、数字、_ . -）。</translation>
    </message>
    <message>
        <source>the id “%1” is already used at %2.</source>
        <translation>ID“%1”已在 %2 使用。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is not a RefSegRS dataset: it has no output_phrase_*.txt file.</source>
        <translation>%1 不是 RefSegRS 数据集：没有 output_phrase_*.txt 文件。</translation>
    </message>
    <message>
        <source>The %1 split of %2 is empty.</source>
        <translation>%2 的 %1 划分为空。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>指代表达式为空。</translation>
    </message>
    <message>
        <source>Unknown split “%1” (train, val or test).</source>
        <translation>未知的划分“%1”（train、val 或 test）。</translation>
    </message>
    <message>
        <source>The image must be 8-bit RGB and the mask 8-bit, of the same size.</source>
        <translation>影像必须是 8 位 RGB，掩膜必须是 8 位，且两者尺寸相同。</translation>
    </message>
    <message>
        <source>%1 is too large for a dataset sample (%2 x %3).</source>
        <translation>%1 对于数据集样本来说太大（%2 x %3）。</translation>
    </message>
    <message>
        <source>%1 is not an 8-bit image.</source>
        <translation>%1 不是 8 位影像。</translation>
    </message>
    <message>
        <source>%1 has %2 bands; a mask has one.</source>
        <translation>%1 有 %2 个波段；掩膜只能有一个。</translation>
    </message>
    <message>
        <source>%1 has %2 pixel(s) that are neither 0 nor 255.</source>
        <translation>%1 有 %2 个像素既不是 0 也不是 255。</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 but its image %4 is %5 x %6.</source>
        <translation>%1 为 %2 x %3，但其影像 %4 为 %5 x %6。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 has no images or no annotations.</source>
        <translation>%1 没有影像或没有标注。</translation>
    </message>
    <message>
        <source>%1 has no refs(unc).p file.</source>
        <translation>%1 没有 refs(unc).p 文件。</translation>
    </message>
    <message>
        <source>%1 does not hold a list of refs.</source>
        <translation>%1 不包含 refs 列表。</translation>
    </message>
    <message>
        <source>%1, ref %2: %3</source>
        <translation>%1，ref %2：%3</translation>
    </message>
    <message>
        <source>image_id, ann_id, split or sentences is missing.</source>
        <translation>缺少 image_id、ann_id、split 或 sentences。</translation>
    </message>
    <message>
        <source>annotation %1 is not in instances.json.</source>
        <translation>标注 %1 不在 instances.json 中。</translation>
    </message>
    <message>
        <source>image %1 is not in instances.json.</source>
        <translation>影像 %1 不在 instances.json 中。</translation>
    </message>
    <message>
        <source>the image file name “%1” is not valid.</source>
        <translation>影像文件名“%1”无效。</translation>
    </message>
    <message>
        <source>sentence %1 has no text.</source>
        <translation>句子 %1 没有文本。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 samples.</source>
        <translation>在 %2 个样本中的第 %1 个之后停止。</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>There are no samples to evaluate.</source>
        <translation>没有可评估的样本。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>GdalRasterSource</name>
    <message>
        <source>unknown GDAL error</source>
        <translation>未知 GDAL 错误</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an image file.</source>
        <translation>“%1”是文件夹，不是影像文件。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (permission denied).</source>
        <translation>无法读取文件“%1”（权限被拒绝）。</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes).</source>
        <translation>文件“%1”为空（0 字节）。</translation>
    </message>
    <message>
        <source>Cannot open “%1” as a raster: %2</source>
        <translation>无法将“%1”作为栅格打开：%2</translation>
    </message>
    <message>
        <source>“%1” has no raster bands (is it a vector file or a container?).</source>
        <translation>“%1”没有栅格波段（是矢量文件或容器吗？）。</translation>
    </message>
    <message>
        <source>“%1” has an empty size (%2 x %3 pixels).</source>
        <translation>“%1”的尺寸为空（%2 x %3 像素）。</translation>
    </message>
    <message>
        <source>Band %1 of “%2” has the sample type %3, which RRSIS Studio does not read.</source>
        <translation>“%2”的波段 %1 的数据类型为 %3，RRSIS Studio 不支持读取。</translation>
    </message>
    <message>
        <source>Cannot reopen “%1”: %2</source>
        <translation>无法重新打开“%1”：%2</translation>
    </message>
    <message>
        <source>Band %1 does not exist (the raster has %2 band(s)).</source>
        <translation>波段 %1 不存在（该栅格共有 %2 个波段）。</translation>
    </message>
    <message>
        <source>Bands %1 and %2 have different sample types.</source>
        <translation>波段 %1 与波段 %2 的数据类型不同。</translation>
    </message>
    <message>
        <source>Level %1 does not exist (the raster has %2 overview(s)).</source>
        <translation>层级 %1 不存在（该栅格共有 %2 级金字塔）。</translation>
    </message>
    <message>
        <source>The window %1,%2 %3x%4 lies outside the %5x%6 level %7.</source>
        <translation>窗口 %1,%2 %3x%4 超出了 %5x%6 的层级 %7。</translation>
    </message>
    <message>
        <source>Overview %1 of band %2 is missing.</source>
        <translation>波段 %2 缺少第 %1 级金字塔。</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message>
        <source>Reading the mask of “%1” failed: %2</source>
        <translation>读取“%1”的掩膜失败：%2</translation>
    </message>
    <message>
        <source>Empty sparse read.</source>
        <translation>稀疏读取为空。</translation>
    </message>
</context>
<context>
    <name>GeoRasterExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF or COG driver.</source>
        <translation>GDAL 没有 GeoTIFF 或 COG 驱动。</translation>
    </message>
    <message>
        <source>%1 is not georeferenced: its masks are on its pixel grid only.</source>
        <translation>%1 没有地理参考：其掩膜只在像素网格上。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) of %3 has an empty mask and was left out.</source>
        <translation>%3 的标注 %1（“%2”）掩膜为空，已略过。</translation>
    </message>
    <message>
        <source>%1 has %2 annotations; a uint16 label raster holds at most 65,535.</source>
        <translation>%1 有 %2 个标注；uint16 标签栅格最多容纳 65,535 个。</translation>
    </message>
    <message>
        <source>%1 is not georeferenced: its labels are on its pixel grid only.</source>
        <translation>%1 没有地理参考：其标签只在像素网格上。</translation>
    </message>
    <message>
        <source>There is nothing to export: no annotation has a mask.</source>
        <translation>没有可导出的内容：没有标注带有掩膜。</translation>
    </message>
</context>
<context>
    <name>GeoTiffWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to write to %1.</source>
        <translation>没有可写入 %1 的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>无法写入 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 already exists; it is never overwritten.</source>
        <translation>%1 已存在；已有文件绝不会被覆盖。</translation>
    </message>
</context>
<context>
    <name>ImportAnnotations</name>
    <message>
        <source>Importing annotations…</source>
        <translation>正在导入标注…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个标注。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>No model is loaded. Open a model bundle first (Model ▸ Open Model…).</source>
        <translation>尚未加载模型。请先打开模型包（模型 ▸ 打开模型…）。</translation>
    </message>
</context>
<context>
    <name>MaskClass</name>
    <message>
        <source>class %1 is not an object.</source>
        <translation>类别 %1 不是对象。</translation>
    </message>
    <message>
        <source>class %1 has no name.</source>
        <translation>类别 %1 没有名称。</translation>
    </message>
    <message>
        <source>class “%1”</source>
        <translation>类别“%1”</translation>
    </message>
    <message>
        <source>%1: “color” must be [r, g, b] with whole numbers 0..255, &quot;#RRGGBB&quot;, or a list of those.</source>
        <translation>%1：“color”必须是由 0..255 的整数组成的 [r, g, b]、&quot;#RRGGBB&quot;，或它们的列表。</translation>
    </message>
    <message>
        <source>%1: “expressions” must be a list of texts.</source>
        <translation>%1：“expressions”必须是文本列表。</translation>
    </message>
    <message>
        <source>%1: every expression must be a non-empty text.</source>
        <translation>%1：每个指代表达式都必须是非空文本。</translation>
    </message>
    <message>
        <source>%1: “min_fraction” must be a number within 0..1.</source>
        <translation>%1：“min_fraction”必须是 0..1 之间的数。</translation>
    </message>
    <message>
        <source>%1: “tolerance” must be a whole number within 0..255.</source>
        <translation>%1：“tolerance”必须是 0..255 之间的整数。</translation>
    </message>
    <message>
        <source>Classes file %1: %2</source>
        <translation>类别文件 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>it lists no class (expected a JSON list of classes).</source>
        <translation>其中没有列出任何类别（应为类别的 JSON 列表）。</translation>
    </message>
    <message>
        <source>the class name “%1” is used twice.</source>
        <translation>类别名称“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>no class has expressions, so there is nothing to ask for.</source>
        <translation>没有任何类别带有指代表达式，因此没有可查询的内容。</translation>
    </message>
    <message>
        <source>The classes file %1 does not exist.</source>
        <translation>类别文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the classes file %1: %2</source>
        <translation>无法读取类别文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>MaskGeometry</name>
    <message>
        <source>Cannot trace a mask: %1</source>
        <translation>无法描绘掩膜：%1</translation>
    </message>
    <message>
        <source>Cannot simplify a mask: %1</source>
        <translation>无法简化掩膜：%1</translation>
    </message>
    <message>
        <source>The scene&apos;s geotransform cannot be inverted.</source>
        <translation>场景的地理变换不可逆。</translation>
    </message>
    <message>
        <source>Cannot rasterise a geometry: %1</source>
        <translation>无法栅格化几何：%1</translation>
    </message>
</context>
<context>
    <name>MaskWriter</name>
    <message>
        <source>Nothing to write to %1.</source>
        <translation>没有可写入 %1 的内容。</translation>
    </message>
</context>
<context>
    <name>ModelManifest</name>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1：&quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>must be an array of %1 numbers</source>
        <translation>必须是包含 %1 个数字的数组</translation>
    </message>
    <message>
        <source>must name a file inside the bundle folder</source>
        <translation>必须指定模型包文件夹内的文件</translation>
    </message>
    <message>
        <source>names %1, which does not exist</source>
        <translation>指向的 %1 不存在</translation>
    </message>
    <message>
        <source>The model bundle %1 does not exist.</source>
        <translation>模型包 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a model bundle: it has no model.json.</source>
        <translation>%1 不是模型包：其中没有 model.json。</translation>
    </message>
    <message>
        <source>%1 is too large to be a model manifest.</source>
        <translation>%1 过大，不可能是模型清单文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>顶层不是对象</translation>
    </message>
    <message>
        <source>%1 uses the bundle format &quot;%2&quot;, which is newer than this version of RRSIS Studio understands (&quot;%3&quot;). Update RRSIS Studio to use this model.</source>
        <translation>%1 使用的模型包格式 &quot;%2&quot; 比此版本 RRSIS Studio 支持的格式（&quot;%3&quot;）更新。请更新 RRSIS Studio 以使用此模型。</translation>
    </message>
    <message>
        <source>%1: unknown bundle format &quot;%2&quot; (expected &quot;%3&quot;).</source>
        <translation>%1：未知的模型包格式 &quot;%2&quot;（应为 &quot;%3&quot;）。</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which this build does not know (known: %2)</source>
        <translation>为 &quot;%1&quot;，当前版本无法识别（已知：%2）</translation>
    </message>
    <message>
        <source>must be two whole numbers from 32 to 4096</source>
        <translation>必须是两个 32 到 4096 之间的整数</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>必须为正数</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; expected &quot;wordpiece&quot; or &quot;sentencepiece&quot;</source>
        <translation>为 &quot;%1&quot;；应为 &quot;wordpiece&quot; 或 &quot;sentencepiece&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; expected &quot;logits2&quot; or &quot;logit1&quot;</source>
        <translation>为 &quot;%1&quot;；应为 &quot;logits2&quot; 或 &quot;logit1&quot;</translation>
    </message>
    <message>
        <source>must be numbers from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
</context>
<context>
    <name>OverviewBuilder</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The image is too small to need overviews.</source>
        <translation>影像太小，不需要金字塔。</translation>
    </message>
    <message>
        <source>Building overviews was cancelled.</source>
        <translation>已取消构建金字塔。</translation>
    </message>
    <message>
        <source>Building overviews for “%1” failed: %2</source>
        <translation>为“%1”构建金字塔失败：%2</translation>
    </message>
</context>
<context>
    <name>Pickle</name>
    <message>
        <source>Malformed pickle: %1.</source>
        <translation>pickle 格式错误：%1。</translation>
    </message>
    <message>
        <source>Malformed pickle at byte %1: %2.</source>
        <translation>pickle 在第 %1 字节处格式错误：%2。</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>a mask tile has no valid &quot;rect&quot;.</source>
        <translation>某个掩膜瓦片没有有效的 &quot;rect&quot;。</translation>
    </message>
    <message>
        <source>a mask reaches outside its scene (%1, %2, %3 x %4 on a %5 x %6 scene).</source>
        <translation>某个掩膜超出了其场景范围（%1, %2, %3 x %4，场景为 %5 x %6）。</translation>
    </message>
    <message>
        <source>a mask&apos;s run-length string is corrupt: %1</source>
        <translation>某个掩膜的游程编码字符串已损坏：%1</translation>
    </message>
    <message>
        <source>an annotation has no valid &quot;id&quot;.</source>
        <translation>某个标注没有有效的 &quot;id&quot;。</translation>
    </message>
    <message>
        <source>annotation %1 has a probability map without a valid region.</source>
        <translation>标注 %1 的概率图没有有效区域。</translation>
    </message>
    <message>
        <source>annotation %1 (“%2”): %3</source>
        <translation>标注 %1（“%2”）：%3</translation>
    </message>
    <message>
        <source>a scene has no valid path or size.</source>
        <translation>某个场景没有有效的路径或尺寸。</translation>
    </message>
    <message>
        <source>scene %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>scene %1: annotation id %2 appears twice.</source>
        <translation>场景 %1：标注 ID %2 出现了两次。</translation>
    </message>
    <message>
        <source>The probability map of “%1” is missing or damaged; its hand edits are kept.</source>
        <translation>“%1”的概率图缺失或已损坏；其手动编辑已保留。</translation>
    </message>
    <message>
        <source>The project %1 does not exist.</source>
        <translation>项目 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the project %1: %2</source>
        <translation>无法读取项目 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable project (it may be cut off or damaged): %2 at byte %3.</source>
        <translation>%1 不是可读取的项目（可能被截断或已损坏）：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 is not an RRSIS Studio project.</source>
        <translation>%1 不是 RRSIS Studio 项目。</translation>
    </message>
    <message>
        <source>%1 has an unknown format “%2”.</source>
        <translation>%1 的格式“%2”未知。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer RRSIS Studio (project format %2; this version reads format %3). Update RRSIS Studio to open it.</source>
        <translation>%1 由更新版本的 RRSIS Studio 保存（项目格式 %2；此版本读取格式 %3）。请更新 RRSIS Studio 以打开它。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not a project file.</source>
        <translation>%1 不是项目文件。</translation>
    </message>
    <message>
        <source>%1 is too large to be a project (%2 MB; a project file has at most %3 MB).</source>
        <translation>%1 太大，不是项目文件（%2 MB；项目文件最多 %3 MB）。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RasterImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 lies outside the project&apos;s scenes (without georeferencing it must have a scene&apos;s size).</source>
        <translation>%1 位于项目场景之外（没有地理参考时，其尺寸必须与某个场景相同）。</translation>
    </message>
    <message>
        <source>%1 covers %2 x %3 scene pixels; at most about 20000 x 20000 can be imported at once.</source>
        <translation>%1 覆盖 %2 x %3 个场景像素；一次最多可导入约 20000 x 20000。</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未更改。</translation>
    </message>
    <message>
        <source>Cannot resample %1 onto the scene: %2</source>
        <translation>无法将 %1 重采样到场景：%2</translation>
    </message>
    <message>
        <source>%1 has no set pixel over the scene.</source>
        <translation>%1 在场景范围内没有已设置的像素。</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mask(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个掩膜</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RasterInfo</name>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Driver: %1 (%2)</source>
        <translation>驱动：%1（%2）</translation>
    </message>
    <message>
        <source>Size: %1 x %2 pixels, %3 band(s)</source>
        <translation>大小：%1 x %2 像素，%3 个波段</translation>
    </message>
    <message>
        <source>Block size: %1 x %2</source>
        <translation>块大小：%1 x %2</translation>
    </message>
    <message>
        <source>Band %1: %2, %3</source>
        <translation>波段 %1：%2，%3</translation>
    </message>
    <message>
        <source>, nodata %1</source>
        <translation>，无数据值 %1</translation>
    </message>
    <message>
        <source>, masked</source>
        <translation>，有掩膜</translation>
    </message>
    <message>
        <source>Overviews: none</source>
        <translation>金字塔：无</translation>
    </message>
    <message>
        <source>Overviews: %1</source>
        <translation>金字塔：%1</translation>
    </message>
    <message>
        <source>Georeferencing: none (pixel coordinates only)</source>
        <translation>地理参考：无（仅像素坐标）</translation>
    </message>
    <message>
        <source>Origin: (%1, %2)</source>
        <translation>原点：(%1, %2)</translation>
    </message>
    <message>
        <source>Pixel size: (%1, %2)</source>
        <translation>像元大小：(%1, %2)</translation>
    </message>
    <message>
        <source>Rotation terms: (%1, %2)</source>
        <translation>旋转项：(%1, %2)</translation>
    </message>
    <message>
        <source>Extent: (%1, %2) - (%3, %4)</source>
        <translation>范围：(%1, %2) - (%3, %4)</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>坐标参考系：%1</translation>
    </message>
    <message>
        <source>CRS: none</source>
        <translation>坐标参考系：无</translation>
    </message>
</context>
<context>
    <name>RecoveryJournal</name>
    <message>
        <source>The probability map of “%1” could not be recovered; its hand edits are kept.</source>
        <translation>无法恢复“%1”的概率图；其手动编辑已保留。</translation>
    </message>
    <message>
        <source>a record names a scene the journal never added.</source>
        <translation>某条记录引用了日志中从未添加过的场景。</translation>
    </message>
    <message>
        <source>a scene record has no size.</source>
        <translation>某条场景记录没有尺寸。</translation>
    </message>
    <message>
        <source>Cannot read the recovery journal in %1: %2</source>
        <translation>无法读取 %1 中的恢复日志：%2</translation>
    </message>
    <message>
        <source>The recovery journal in %1 holds no intact record.</source>
        <translation>%1 中的恢复日志没有完好的记录。</translation>
    </message>
    <message>
        <source>The saved project could not be read (%1); only the journal&apos;s records are recovered.</source>
        <translation>无法读取已保存的项目（%1）；仅恢复日志中的记录。</translation>
    </message>
    <message>
        <source>The recovery journal in %1 does not start with its base record.</source>
        <translation>%1 中的恢复日志不是以基础记录开头。</translation>
    </message>
    <message>
        <source>The recovery journal in %1 is damaged: %2</source>
        <translation>%1 中的恢复日志已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot write the recovery journal %1: %2</source>
        <translation>无法写入恢复日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>无法创建恢复文件夹 %1。</translation>
    </message>
    <message>
        <source>The recovery folder %1 is in use.</source>
        <translation>恢复文件夹 %1 正在使用中。</translation>
    </message>
</context>
<context>
    <name>RefSegRsExport</name>
    <message>
        <source>Overlapping chips carry different splits (%1 and %2): they leak between splits.</source>
        <translation>重叠的切片属于不同的划分（%1 和 %2）：划分之间存在数据泄漏。</translation>
    </message>
    <message>
        <source>The chip size %1 is outside 16..8192 pixels.</source>
        <translation>切片尺寸 %1 超出 16..8192 像素的范围。</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no ground resolution: chips keep its pixels.</source>
        <translation>%1 没有地面分辨率：切片保留其原始像素。</translation>
    </message>
    <message>
        <source>Annotation %1 has no expression: skipped.</source>
        <translation>标注 %1 没有指代表达式：已跳过。</translation>
    </message>
    <message>
        <source>Cannot read the chip of “%1”: %2</source>
        <translation>无法读取“%1”的切片：%2</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>The query region lies outside the image.</source>
        <translation>查询区域位于影像范围之外。</translation>
    </message>
</context>
<context>
    <name>RrsisdExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>GDAL has no JPEG driver.</source>
        <translation>GDAL 没有 JPEG 驱动。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the chip of “%1”: %2</source>
        <translation>无法读取“%1”的切片：%2</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SampleImport</name>
    <message>
        <source>its mask is %1 x %2 pixels, its image %3 x %4.</source>
        <translation>其掩膜为 %1 x %2 像素，图像为 %3 x %4。</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未更改。</translation>
    </message>
    <message>
        <source>Sample %1 was left out: %2</source>
        <translation>样本 %1 已略过：%2</translation>
    </message>
    <message>
        <source>Sample %1 was left out: it has no expression.</source>
        <translation>样本 %1 已略过：没有表达式。</translation>
    </message>
    <message>
        <source>There are no samples to import.</source>
        <translation>没有可导入的样本。</translation>
    </message>
    <message>
        <source>None of the %1 samples could be read; the first problem: %2</source>
        <translation>%1 个样本均无法读取；第一个问题：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a scene of another size; its %n sample(s) were left out.</source>
        <translation>
            <numerusform>%1 是尺寸不同的场景；其 %n 个样本已略过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n sample(s)</source>
        <translation>
            <numerusform>导入 %n 个样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneStatistics</name>
    <message>
        <source>full image %1 x %2</source>
        <translation>整幅影像 %1 x %2</translation>
    </message>
    <message>
        <source>overview %1 x %2</source>
        <translation>金字塔 %1 x %2</translation>
    </message>
    <message>
        <source>a sparse sample of %1 x %1 blocks</source>
        <translation>%1 x %1 个块的稀疏采样</translation>
    </message>
</context>
<context>
    <name>SceneSynthesizer</name>
    <message>
        <source>GDAL lacks the MEM or GTiff driver.</source>
        <translation>GDAL 缺少 MEM 或 GTiff 驱动。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot build overviews in “%1”: %2</source>
        <translation>无法在“%1”中构建金字塔：%2</translation>
    </message>
</context>
<context>
    <name>Segmenter</name>
    <message>
        <source>Cannot load the TorchScript module %1: %2</source>
        <translation>无法加载 TorchScript 模块 %1：%2</translation>
    </message>
    <message>
        <source>The TorchScript module %1 has no forward() method.</source>
        <translation>TorchScript 模块 %1 没有 forward() 方法。</translation>
    </message>
    <message>
        <source>The TorchScript module %1 takes %2 input(s); a bundle module must take three: forward(image, ids, mask).</source>
        <translation>TorchScript 模块 %1 接受 %2 个输入；模型包中的模块必须接受三个输入：forward(image, ids, mask)。</translation>
    </message>
    <message>
        <source>%1: the compact architecture needs an input size that is a multiple of 32, not %2x%3.</source>
        <translation>%1：紧凑架构要求输入尺寸为 32 的倍数，而不是 %2x%3。</translation>
    </message>
    <message>
        <source>Cannot read the weights %1: %2</source>
        <translation>无法读取权重 %1：%2</translation>
    </message>
    <message>
        <source>The weights %1 do not fit the %2 network: %3</source>
        <translation>权重 %1 与 %2 网络不匹配：%3</translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>无法构建 %1 网络：%2</translation>
    </message>
    <message>
        <source>The tokenizer has %1 entries but the network was built for a vocabulary of %2 (config.vocab_size): they do not belong together.</source>
        <translation>分词器有 %1 个词条，但网络是按 %2 个词条的词表构建的（config.vocab_size）：二者不匹配。</translation>
    </message>
    <message>
        <source>Invalid compact network config: %1</source>
        <translation>紧凑网络配置无效：%1</translation>
    </message>
    <message>
        <source>Unknown architecture &quot;%1&quot;.</source>
        <translation>未知架构 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Unknown tokenizer &quot;%1&quot;.</source>
        <translation>未知分词器 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The model %1 failed its first run: %2</source>
        <translation>模型 %1 首次运行失败：%2</translation>
    </message>
    <message>
        <source>The expression is empty. Describe what to find, for example &quot;the red car on the left&quot;.</source>
        <translation>指代表达式为空。请描述要查找的目标，例如“the red car on the left”。</translation>
    </message>
    <message>
        <source>The expression contains no words the model can read.</source>
        <translation>指代表达式中没有模型能识别的词。</translation>
    </message>
    <message>
        <source>The model knows none of the words in &quot;%1&quot;. Try plain English words such as &quot;building&quot;, &quot;road&quot; or &quot;white car&quot;.</source>
        <translation>模型不认识“%1”中的任何词。请尝试使用简单的英文单词，例如“building”、“road”或“white car”。</translation>
    </message>
    <message>
        <source>The expression was encoded for another model.</source>
        <translation>该指代表达式是为另一个模型编码的。</translation>
    </message>
    <message>
        <source>Internal error: a chip is not %1x%2 RGB.</source>
        <translation>内部错误：影像切片不是 %1x%2 的 RGB 图像。</translation>
    </message>
    <message>
        <source>The model returned a tensor of shape %1; the bundle promises [%2, %3, h, w] (%4).</source>
        <translation>模型返回的张量形状为 %1；模型包声明的形状为 [%2, %3, h, w]（%4）。</translation>
    </message>
    <message>
        <source>The model produced invalid values (NaN). The mask was not changed.</source>
        <translation>模型产生了无效值（NaN）。掩膜未更改。</translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation>模型运行失败：%1</translation>
    </message>
    <message>
        <source>The region has no RGB pixels.</source>
        <translation>该区域没有 RGB 像素。</translation>
    </message>
    <message>
        <source>%1: RMSIN needs a square input, not %2x%3.</source>
        <translation>%1：RMSIN 需要正方形输入，而不是 %2x%3。</translation>
    </message>
    <message>
        <source>%1: text.max_tokens is %2 but BERT has only %3 positions.</source>
        <translation>%1：text.max_tokens 为 %2，但 BERT 只有 %3 个位置。</translation>
    </message>
    <message>
        <source>LGCE built from the RRSIS paper (Yuan et al., TGRS 2024) and the module layout of its authors&apos; code; not an official release</source>
        <translation>LGCE：依据 RRSIS 论文（Yuan 等，TGRS 2024）及其作者代码的模块结构实现；非官方发布</translation>
    </message>
</context>
<context>
    <name>StagingFolder</name>
    <message>
        <source>No output name was given.</source>
        <translation>未指定输出名称。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 已存在；请选择其他名称或允许覆盖。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation>无法在 %1 中创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2</source>
        <translation>无法将 %1 放到位：%2</translation>
    </message>
    <message>
        <source>%1 appeared while writing; it was left as it was.</source>
        <translation>%1 在写入期间出现；已保持原样。</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; it was left as it was.</source>
        <translation>%1 已存在且不是文件夹；已保持原样。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TiledPredictor</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Tokenizer</name>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>not an rrsis_spm module: %1</source>
        <translation>不是 rrsis_spm 模块：%1</translation>
    </message>
    <message>
        <source>module interface version %1, expected %2</source>
        <translation>模块接口版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>The SentencePiece module %1 named by RRSIS_SPM_MODULE could not be loaded: %2</source>
        <translation>无法加载 RRSIS_SPM_MODULE 指定的 SentencePiece 模块 %1：%2</translation>
    </message>
    <message>
        <source>The SentencePiece module %1 could not be loaded. Tried: %2. Set RRSIS_SPM_MODULE to its path.</source>
        <translation>无法加载 SentencePiece 模块 %1。已尝试：%2。请将 RRSIS_SPM_MODULE 设置为其路径。</translation>
    </message>
    <message>
        <source>Cannot load the SentencePiece model %1: %2</source>
        <translation>无法加载 SentencePiece 模型 %1：%2</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary: the folder %1 does not exist.</source>
        <translation>无法训练 SentencePiece 词表：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary: cannot write a temporary file: %1</source>
        <translation>无法训练 SentencePiece 词表：无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary without expressions.</source>
        <translation>没有指代表达式，无法训练 SentencePiece 词表。</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary at %1: %2</source>
        <translation>无法在 %1 训练 SentencePiece 词表：%2</translation>
    </message>
    <message>
        <source>The vocabulary file %1 does not exist.</source>
        <translation>词表文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The vocabulary path %1 is a folder, not a file.</source>
        <translation>词表路径 %1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot read the vocabulary file %1: %2</source>
        <translation>无法读取词表文件 %1：%2</translation>
    </message>
    <message>
        <source>The vocabulary file %1 is empty.</source>
        <translation>词表文件 %1 为空。</translation>
    </message>
    <message>
        <source>The vocabulary file %1 is not valid UTF-8 text.</source>
        <translation>词表文件 %1 不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The vocabulary file %1 is not a BERT WordPiece vocabulary: it lacks %2.</source>
        <translation>词表文件 %1 不是 BERT WordPiece 词表：缺少 %2。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No output bundle given.</source>
        <translation>未指定输出模型包。</translation>
    </message>
    <message>
        <source>The number of epochs must be 1..100000.</source>
        <translation>轮数必须在 1..100000 之间。</translation>
    </message>
    <message>
        <source>The batch size must be 1..4096.</source>
        <translation>批大小必须在 1..4096 之间。</translation>
    </message>
    <message>
        <source>The input size must be a multiple of 32 in 64..2048 (got %1).</source>
        <translation>输入尺寸必须是 64..2048 之间 32 的倍数（实际为 %1）。</translation>
    </message>
    <message>
        <source>The token count must be 3..512.</source>
        <translation>词元数必须在 3..512 之间。</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number.</source>
        <translation>学习率必须是正数。</translation>
    </message>
    <message>
        <source>Weight decay, clipping, poly power and loss weights must be non-negative.</source>
        <translation>权重衰减、梯度裁剪、poly 指数和损失权重不能为负。</translation>
    </message>
    <message>
        <source>Nothing to resume: there is no checkpoint at %1.</source>
        <translation>无可继续：%1 处没有检查点。</translation>
    </message>
    <message>
        <source>%1 already holds a checkpoint: pass --resume to continue that run, or choose another output.</source>
        <translation>%1 中已有检查点：使用 --resume 继续该训练，或选择其他输出。</translation>
    </message>
    <message>
        <source>%1 already exists; training never overwrites a bundle. Choose another output.</source>
        <translation>%1 已存在；训练从不覆盖模型包。请选择其他输出。</translation>
    </message>
    <message>
        <source>Cannot write to %1: check that the folder exists and is writable.</source>
        <translation>无法写入 %1：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Cannot read the vocabulary %1: %2</source>
        <translation>无法读取词表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint&apos;s vocabulary %1: %2</source>
        <translation>无法读取检查点的词表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint: %1</source>
        <translation>无法读取检查点：%1</translation>
    </message>
    <message>
        <source>%1 is not an rrsis training checkpoint.</source>
        <translation>%1 不是 rrsis 训练检查点。</translation>
    </message>
    <message>
        <source>The checkpoint in %1 was made with other settings (%2); resume with the same command, or start a new run with another output.</source>
        <translation>%1 中的检查点使用了不同的设置（%2）；请用相同命令继续，或以其他输出开始新的训练。</translation>
    </message>
    <message>
        <source>The checkpoint does not fit the network: %1</source>
        <translation>检查点与网络不匹配：%1</translation>
    </message>
    <message>
        <source>The checkpoint lacks the optimiser state of %1.</source>
        <translation>检查点缺少 %1 的优化器状态。</translation>
    </message>
    <message>
        <source>Compact model (%1)</source>
        <translation>紧凑模型（%1）</translation>
    </message>
    <message>
        <source>%1 samples from %2 (%3 split); validated on %4 samples of %5 (%6 split)</source>
        <translation>来自 %2 的 %1 个样本（%3 划分）；在 %5 的 %4 个样本上验证（%6 划分）</translation>
    </message>
    <message>
        <source>argmax at the %1 x %1 network input, ground truth resized nearest</source>
        <translation>在 %1 x %1 网络输入上取 argmax，真值以最近邻缩放</translation>
    </message>
    <message>
        <source>the gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training stopped: %1 became %2 at epoch %3, batch %4 (samples %5, …). Nothing was saved from this epoch; the last good checkpoint (%6) is kept in %7. Try a lower learning rate.</source>
        <translation>训练已停止：%1 在第 %3 轮第 %4 批变为 %2（样本 %5，…）。本轮未保存任何内容；最后一个正常的检查点（%6）保留在 %7。请尝试更低的学习率。</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>validation mIoU %1 reached the target %2</source>
        <translation>验证 mIoU %1 已达到目标 %2</translation>
    </message>
    <message>
        <source>early stop: no better validation oIoU for %1 epochs</source>
        <translation>提前停止：%1 轮内验证 oIoU 没有提升</translation>
    </message>
    <message>
        <source>all %1 epochs done</source>
        <translation>全部 %1 轮已完成</translation>
    </message>
    <message>
        <source>Could not write the checkpoint after epoch %1 (%2). The previous checkpoint is intact; free some space and run again with --resume.</source>
        <translation>第 %1 轮后无法写入检查点（%2）。之前的检查点完好；请释放空间后用 --resume 重新运行。</translation>
    </message>
    <message>
        <source>Could not write the bundle after epoch %1: %2</source>
        <translation>第 %1 轮后无法写入模型包：%2</translation>
    </message>
    <message>
        <source>LibTorch failed during training: %1</source>
        <translation>训练期间 LibTorch 出错：%1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>Training loss and validation IoU</source>
        <translation>训练损失与验证 IoU</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>val loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>val oIoU %</source>
        <translation>验证 oIoU %</translation>
    </message>
    <message>
        <source>val mIoU %</source>
        <translation>验证 mIoU %</translation>
    </message>
    <message>
        <source>PNG encoding failed.</source>
        <translation>PNG 编码失败。</translation>
    </message>
    <message>
        <source>%1 uses a %2 tokenizer; fine-tuning needs a WordPiece vocabulary.</source>
        <translation>%1 使用 %2 分词器；微调需要 WordPiece 词表。</translation>
    </message>
    <message>
        <source>Cannot read the base model&apos;s weights: %1</source>
        <translation>无法读取基础模型的权重：%1</translation>
    </message>
    <message>
        <source>Cannot read the base model&apos;s vocabulary %1: %2</source>
        <translation>无法读取基础模型的词表 %1：%2</translation>
    </message>
    <message>
        <source>The base model has no embedding table “%1”.</source>
        <translation>基础模型没有嵌入表“%1”。</translation>
    </message>
    <message>
        <source>No training data given: name data folders or a project.</source>
        <translation>未指定训练数据：请指定数据文件夹或项目。</translation>
    </message>
    <message>
        <source>Train on data folders or on a project, not both.</source>
        <translation>请使用数据文件夹或项目进行训练，不能同时使用两者。</translation>
    </message>
    <message>
        <source>The output is the base model itself; fine-tuning never changes the base model. Choose another output.</source>
        <translation>输出就是基础模型本身；微调从不修改基础模型。请选择其他输出。</translation>
    </message>
    <message>
        <source>The project %1 has no annotation with an expression to train on.</source>
        <translation>项目 %1 中没有可用于训练的带指代表达式的标注。</translation>
    </message>
    <message>
        <source>Every annotation of the project is held out (val or test): mark some as train.</source>
        <translation>项目中的所有标注都被留出（验证或测试）：请将部分标注设为训练。</translation>
    </message>
    <message>
        <source>No annotation could be held out (they all overlap): validation uses the training annotations.</source>
        <translation>无法留出任何标注（它们全部相互重叠）：验证使用训练标注。</translation>
    </message>
    <message numerus="yes">
        <source>All %n training masks are empty: the model would only learn to mark nothing. Correct or add at least one annotation that shows its target.</source>
        <translation>
            <numerusform>全部 %n 个训练掩膜都为空：模型只会学会什么都不标记。请修正或添加至少一个显示其目标的标注。</numerusform>
        </translation>
    </message>
    <message>
        <source>The base model&apos;s input size %1 is not a multiple of 32.</source>
        <translation>基础模型的输入尺寸 %1 不是 32 的倍数。</translation>
    </message>
    <message>
        <source>The base model&apos;s weights do not fit its network: %1</source>
        <translation>基础模型的权重与其网络不匹配：%1</translation>
    </message>
    <message>
        <source>%1, fine-tuned (%2)</source>
        <translation>%1，微调版（%2）</translation>
    </message>
    <message>
        <source>Fine-tuned from %1 on %2</source>
        <translation>基于 %1 微调，数据：%2</translation>
    </message>
    <message>
        <source>%1 is a “%2” model; this build fine-tunes: compact, lavt, rmsin.</source>
        <translation>%1 是“%2”模型；此版本可微调：compact、lavt、rmsin。</translation>
    </message>
    <message>
        <source>Unknown architecture “%1”; this build trains: compact, lavt, rmsin, fianet, lgce.</source>
        <translation>未知架构“%1”；此版本可训练：compact、lavt、rmsin、fianet、lgce。</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>无法构建 %1 网络：%2</translation>
    </message>
    <message>
        <source>Unknown architecture “%1”; this build trains: compact, lavt, rmsin, fianet, lgce.</source>
        <translation>未知架构“%1”；此版本可训练：compact、lavt、rmsin、fianet、lgce。</translation>
    </message>
</context>
<context>
    <name>VectorExport</name>
    <message>
        <source>%1 has no coordinate reference system: GeoJSON (RFC 7946) holds WGS 84 coordinates only. Export it as a GeoPackage or Shapefile, which keep pixel coordinates.</source>
        <translation>%1 没有坐标参考系：GeoJSON（RFC 7946）只包含 WGS 84 坐标。请导出为保留像素坐标的 GeoPackage 或 Shapefile。</translation>
    </message>
    <message>
        <source>%1: cannot transform its coordinates to WGS 84: %2</source>
        <translation>%1：无法将其坐标转换为 WGS 84：%2</translation>
    </message>
    <message>
        <source>%1 is not georeferenced: its features are in pixel coordinates (x right, y down).</source>
        <translation>%1 没有地理参考：其要素使用像素坐标（x 向右，y 向下）。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) of %3 has an empty mask and was left out.</source>
        <translation>%3 的标注 %1（“%2”）掩膜为空，已略过。</translation>
    </message>
    <message>
        <source>Cannot transform annotation %1 to WGS 84: %2</source>
        <translation>无法将标注 %1 转换为 WGS 84：%2</translation>
    </message>
    <message>
        <source>Cannot write annotation %1: %2</source>
        <translation>无法写入标注 %1：%2</translation>
    </message>
    <message>
        <source>There is nothing to export: the project has no annotations.</source>
        <translation>没有可导出的内容：项目没有标注。</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation>GDAL 没有 %1 驱动。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>VectorImport</name>
    <message>
        <source>it has no geometry</source>
        <translation>它没有几何</translation>
    </message>
    <message>
        <source>its geometry (%1) is not an area</source>
        <translation>其几何（%1）不是面</translation>
    </message>
    <message>
        <source>its polygon is invalid (self-intersecting) and could not be repaired</source>
        <translation>其多边形无效（自相交），且无法修复</translation>
    </message>
    <message>
        <source>its polygon was invalid (self-intersecting) and was repaired</source>
        <translation>其多边形无效（自相交），已修复</translation>
    </message>
    <message>
        <source>its coordinates cannot be transformed to the scene&apos;s CRS</source>
        <translation>其坐标无法转换到场景的坐标参考系</translation>
    </message>
    <message>
        <source>the layer has a CRS but %1 is not georeferenced</source>
        <translation>图层有坐标参考系，但 %1 没有地理参考</translation>
    </message>
    <message>
        <source>no transformation from the layer&apos;s CRS to that of %1</source>
        <translation>没有从图层坐标参考系到 %1 坐标参考系的转换</translation>
    </message>
    <message>
        <source>The project has no scene to import %1 onto.</source>
        <translation>项目中没有可导入 %1 的场景。</translation>
    </message>
    <message>
        <source>The project has no scene %1.</source>
        <translation>项目中没有场景 %1。</translation>
    </message>
    <message>
        <source>%1 is not a vector file GDAL can read: %2</source>
        <translation>%1 不是 GDAL 可读取的矢量文件：%2</translation>
    </message>
    <message>
        <source>%1 has no features (its layers are empty).</source>
        <translation>%1 没有要素（其图层为空）。</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消；项目未更改。</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2</source>
        <translation>图层 %2 的要素 %1</translation>
    </message>
    <message>
        <source>it lies outside %1</source>
        <translation>它位于 %1 之外</translation>
    </message>
    <message>
        <source>%1 was left out: %2.</source>
        <translation>%1 已略过：%2。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n feature(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rrsis</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <source>rrsis info: expected exactly one file.</source>
        <translation>rrsis info：需要且仅需要一个文件。</translation>
    </message>
    <message>
        <source>rrsis info: %1</source>
        <translation>rrsis info：%1</translation>
    </message>
    <message>
        <source>Write a synthetic aerial scene (roads, buildings, vehicles, trees, water) as a georeferenced GeoTIFF with overviews.</source>
        <translation>将合成航空场景（道路、建筑、车辆、树木、水体）写为带金字塔的地理参考 GeoTIFF。</translation>
    </message>
    <message>
        <source>Output GeoTIFF.</source>
        <translation>输出 GeoTIFF。</translation>
    </message>
    <message>
        <source>Width in pixels (default 2048).</source>
        <translation>宽度（像素，默认 2048）。</translation>
    </message>
    <message>
        <source>Height in pixels (default 2048).</source>
        <translation>高度（像素，默认 2048）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>JPEG quality (default 85).</source>
        <translation>JPEG 质量（默认 85）。</translation>
    </message>
    <message>
        <source>rrsis synth-scene: --out is required; width and height must be 64..20000, quality 1..100.</source>
        <translation>rrsis synth-scene：必须指定 --out；宽度和高度须为 64..20000，质量须为 1..100。</translation>
    </message>
    <message>
        <source>rrsis synth-scene: %1</source>
        <translation>rrsis synth-scene：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 x %3 pixels, %4 objects).</source>
        <translation>已写出 %1（%2 x %3 像素，%4 个对象）。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Find what a referring expression describes in an image and write its mask as a georeferenced GeoTIFF (0 = background, 255 = target).</source>
        <translation>在影像中查找指代表达式所描述的目标，并将其掩膜写为带地理参考的 GeoTIFF（0 = 背景，255 = 目标）。</translation>
    </message>
    <message>
        <source>Model bundle folder.</source>
        <translation>模型包文件夹。</translation>
    </message>
    <message>
        <source>Input raster.</source>
        <translation>输入栅格。</translation>
    </message>
    <message>
        <source>The referring expression.</source>
        <translation>指代表达式。</translation>
    </message>
    <message>
        <source>Region x,y,w,h in pixels (default: the whole image).</source>
        <translation>区域 x,y,w,h，单位为像素（默认：整幅影像）。</translation>
    </message>
    <message>
        <source>Sliding windows at the model&apos;s native scale, output at source resolution.</source>
        <translation>在模型原生尺度下使用滑动窗口，按源分辨率输出。</translation>
    </message>
    <message>
        <source>Output mask GeoTIFF.</source>
        <translation>输出掩膜 GeoTIFF。</translation>
    </message>
    <message>
        <source>Also write the probability map (0..255) to FILE.</source>
        <translation>同时将概率图（0..255）写入 FILE。</translation>
    </message>
    <message>
        <source>Mask threshold 0..1 (default: the bundle&apos;s).</source>
        <translation>掩膜阈值 0..1（默认：模型包中的值）。</translation>
    </message>
    <message>
        <source>Run on the CPU even when a GPU is present.</source>
        <translation>即使有 GPU 也在 CPU 上运行。</translation>
    </message>
    <message>
        <source>Intra-op threads (default: every logical CPU).</source>
        <translation>算子内线程数（默认：所有逻辑 CPU）。</translation>
    </message>
    <message>
        <source>rrsis predict: --%1 is required.</source>
        <translation>rrsis predict：必须指定 --%1。</translation>
    </message>
    <message>
        <source>rrsis predict: --aoi must be x,y,w,h with w and h &gt; 0.</source>
        <translation>rrsis predict：--aoi 必须为 x,y,w,h，且 w 和 h &gt; 0。</translation>
    </message>
    <message>
        <source>rrsis predict: %1</source>
        <translation>rrsis predict：%1</translation>
    </message>
    <message>
        <source>rrsis predict: the area %1,%2,%3,%4 is not inside the %5 x %6 image.</source>
        <translation>rrsis predict：区域 %1,%2,%3,%4 不在 %5 x %6 的影像范围内。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 x %3 pixels, %4 % target (threshold %5); %6 window(s), %7 s (model %8 ms) on %9.</source>
        <translation>已写出 %1：%2 x %3 像素，目标占 %4 %（阈值 %5）；%6 个窗口，%7 秒（模型 %8 毫秒），运行于 %9。</translation>
    </message>
    <message>
        <source>Print the token ids (first line) and the attention mask (second line) that a tokenizer gives for a text, padded to --max-tokens, as the LAVT family&apos;s loaders do.</source>
        <translation>输出分词器为一段文本生成的词元 ID（第一行）和注意力掩码（第二行），并像 LAVT 系列的数据加载器一样填充到 --max-tokens。</translation>
    </message>
    <message>
        <source>A BERT WordPiece vocab.txt.</source>
        <translation>BERT WordPiece 词表文件 vocab.txt。</translation>
    </message>
    <message>
        <source>A SentencePiece .model.</source>
        <translation>SentencePiece 模型文件（.model）。</translation>
    </message>
    <message>
        <source>Sequence length (default 20).</source>
        <translation>序列长度（默认 20）。</translation>
    </message>
    <message>
        <source>WordPiece: do not lower-case.</source>
        <translation>WordPiece：不转换为小写。</translation>
    </message>
    <message>
        <source>Also print the pieces (third line).</source>
        <translation>同时输出子词片段（第三行）。</translation>
    </message>
    <message>
        <source>The text to encode.</source>
        <translation>要编码的文本。</translation>
    </message>
    <message>
        <source>rrsis tokenize: give either --vocab or --spm, one text, and --max-tokens 1..4096.</source>
        <translation>rrsis tokenize：请指定 --vocab 或 --spm 之一、一段文本，以及 --max-tokens 1..4096。</translation>
    </message>
    <message>
        <source>rrsis tokenize: %1</source>
        <translation>rrsis tokenize：%1</translation>
    </message>
    <message>
        <source>train, val or test (default test).</source>
        <translation>train、val 或 test（默认 test）。</translation>
    </message>
    <message>
        <source>lavt (default: argmax at the model input, truth resized there) or native.</source>
        <translation>lavt（默认：在模型输入尺寸上取 argmax，真值缩放到该尺寸）或 native。</translation>
    </message>
    <message>
        <source>Write the metrics as JSON to FILE.</source>
        <translation>将指标以 JSON 写入 FILE。</translation>
    </message>
    <message>
        <source>Write per-sample scores as CSV to FILE.</source>
        <translation>将逐样本得分以 CSV 写入 FILE。</translation>
    </message>
    <message>
        <source>rrsis eval: %1</source>
        <translation>rrsis eval：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 samples, %2 protocol: oIoU %3  mIoU %4  Prec@0.5 %5  @0.6 %6  @0.7 %7  @0.8 %8  @0.9 %9</source>
        <translation>%1 个样本，%2 协议：oIoU %3  mIoU %4  Prec@0.5 %5  @0.6 %6  @0.7 %7  @0.8 %8  @0.9 %9</translation>
    </message>
    <message>
        <source>Append synthetic referring segmentation samples (chips, masks, expressions) to a folder in the RefSegRS layout. The data is synthetic: it depicts no real place.</source>
        <translation>向 RefSegRS 布局的文件夹追加合成的指代分割样本（影像切片、掩膜、指代表达式）。数据为合成数据，不描绘任何真实地点。</translation>
    </message>
    <message>
        <source>Dataset folder (created or appended to).</source>
        <translation>数据集文件夹（新建或追加）。</translation>
    </message>
    <message>
        <source>Number of samples (default 100).</source>
        <translation>样本数量（默认 100）。</translation>
    </message>
    <message>
        <source>Chip size in pixels (default 512, as RefSegRS).</source>
        <translation>切片尺寸，单位像素（默认 512，与 RefSegRS 相同）。</translation>
    </message>
    <message>
        <source>rrsis synth: --out is required; --count 1..1000000, --size 64..4096.</source>
        <translation>rrsis synth：必须提供 --out；--count 为 1..1000000，--size 为 64..4096。</translation>
    </message>
    <message>
        <source>rrsis synth: %1</source>
        <translation>rrsis synth：%1</translation>
    </message>
    <message>
        <source>Appended %1 synthetic samples to %2.</source>
        <translation>已向 %2 追加 %1 个合成样本。</translation>
    </message>
    <message>
        <source>Score a model bundle on a split of a dataset (RefSegRS or RRSIS-D layout): oIoU, mIoU and Prec@0.5..0.9 (percent), overall and per category.</source>
        <translation>在数据集（RefSegRS 或 RRSIS-D 布局）的某个划分上评估模型包：oIoU、mIoU 和 Prec@0.5..0.9（百分比），整体及按类别。</translation>
    </message>
    <message>
        <source>Dataset folder (RefSegRS or RRSIS-D layout).</source>
        <translation>数据集文件夹（RefSegRS 或 RRSIS-D 布局）。</translation>
    </message>
    <message>
        <source>oIoU %1  mIoU %2  Prec@0.5 %3  @0.7 %4  @0.9 %5</source>
        <translation>oIoU %1  mIoU %2  Prec@0.5 %3  @0.7 %4  @0.9 %5</translation>
    </message>
    <message>
        <source>Train a referring segmentation network on RefSegRS or RRSIS-D folders and write a model bundle (best weights by validation oIoU, model.json with data, command, metrics and date, and training/history.csv, history.json, curves.png). A checkpoint is written after every epoch; Ctrl+C stops, and --resume continues to the same result.</source>
        <translation>在 RefSegRS 或 RRSIS-D 文件夹上训练指代分割网络并写出模型包（按验证 oIoU 选出的最佳权重，记录数据、命令、指标和日期的 model.json，以及 training/history.csv、history.json、curves.png）。每轮结束写入检查点；Ctrl+C 停止，--resume 继续并得到相同结果。</translation>
    </message>
    <message>
        <source>Architecture (default compact).</source>
        <translation>架构（默认 compact）。</translation>
    </message>
    <message>
        <source>Training folders, comma-separated.</source>
        <translation>训练文件夹，以逗号分隔。</translation>
    </message>
    <message>
        <source>Validation folder (default: the first --data folder).</source>
        <translation>验证文件夹（默认：第一个 --data 文件夹）。</translation>
    </message>
    <message>
        <source>Split used for training (default train).</source>
        <translation>用于训练的划分（默认 train）。</translation>
    </message>
    <message>
        <source>Split used for validation (default val).</source>
        <translation>用于验证的划分（默认 val）。</translation>
    </message>
    <message>
        <source>Split of the validation folder scored with the best weights at the end (default test; &quot;none&quot; to skip).</source>
        <translation>训练结束时用最佳权重评估的验证文件夹划分（默认 test；&quot;none&quot; 跳过）。</translation>
    </message>
    <message>
        <source>Output bundle folder (NAME.rrsismodel).</source>
        <translation>输出模型包文件夹（NAME.rrsismodel）。</translation>
    </message>
    <message>
        <source>Checkpoint folder (default: NAME.checkpoints beside the bundle).</source>
        <translation>检查点文件夹（默认：模型包旁的 NAME.checkpoints）。</translation>
    </message>
    <message>
        <source>Display name of the model.</source>
        <translation>模型的显示名称。</translation>
    </message>
    <message>
        <source>Batch size (default 8).</source>
        <translation>批大小（默认 8）。</translation>
    </message>
    <message>
        <source>AdamW weight decay (default 0.01).</source>
        <translation>AdamW 权重衰减（默认 0.01）。</translation>
    </message>
    <message>
        <source>Gradient clipping norm; 0 = off (default 1).</source>
        <translation>梯度裁剪范数；0 = 关闭（默认 1）。</translation>
    </message>
    <message>
        <source>WordPiece vocab.txt (default: built from the training expressions).</source>
        <translation>WordPiece vocab.txt（默认：由训练表达式构建）。</translation>
    </message>
    <message>
        <source>Network sizes as JSON text or a JSON file (e.g. {&quot;widths&quot;: [32,64,96,160]}).</source>
        <translation>网络尺寸，JSON 文本或 JSON 文件（例如 {&quot;widths&quot;: [32,64,96,160]}）。</translation>
    </message>
    <message>
        <source>Stop after N epochs without a better validation oIoU; 0 = never (default).</source>
        <translation>连续 N 轮验证 oIoU 无提升则停止；0 = 从不（默认）。</translation>
    </message>
    <message>
        <source>Stop once the validation mIoU (percent) reaches this; 0 = never.</source>
        <translation>验证 mIoU（百分比）达到该值即停止；0 = 从不。</translation>
    </message>
    <message>
        <source>auto (bf16 on a GPU, fp32 on the CPU), fp32 or bf16.</source>
        <translation>auto（GPU 上用 bf16，CPU 上用 fp32）、fp32 或 bf16。</translation>
    </message>
    <message>
        <source>Use only the first N training samples; 0 = all.</source>
        <translation>只使用前 N 个训练样本；0 = 全部。</translation>
    </message>
    <message>
        <source>Metres per input pixel for the manifest (default: from the first training image).</source>
        <translation>清单中每个输入像素对应的米数（默认：取自第一张训练图像）。</translation>
    </message>
    <message>
        <source>No crops, flips or colour jitter.</source>
        <translation>不做裁剪、翻转或颜色抖动。</translation>
    </message>
    <message>
        <source>Continue the run whose checkpoint is in the checkpoint folder.</source>
        <translation>继续检查点文件夹中保存的训练。</translation>
    </message>
    <message>
        <source>rrsis train: cannot read --config %1: %2</source>
        <translation>rrsis train：无法读取 --config %1：%2</translation>
    </message>
    <message>
        <source>rrsis train: --config is not a JSON object (%1).</source>
        <translation>rrsis train：--config 不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3  val loss %4  %5  (%6 samples/s, %7 s)</source>
        <translation>第 %1/%2 轮  训练损失 %3  验证损失 %4  %5（%6 样本/秒，%7 秒）</translation>
    </message>
    <message>
        <source>epoch %1/%2 loss %3 %4/s </source>
        <translation>第 %1/%2 轮 损失 %3 %4/秒 </translation>
    </message>
    <message>
        <source>%1 %2/%3 </source>
        <translation>%1 %2/%3 </translation>
    </message>
    <message>
        <source>rrsis train: %1</source>
        <translation>rrsis train：%1</translation>
    </message>
    <message>
        <source>Interrupted. %1 epoch(s) are saved in %2; run the same command with --resume to continue.</source>
        <translation>已中断。%1 轮已保存在 %2；使用相同命令加 --resume 继续。</translation>
    </message>
    <message>
        <source>This run had already finished (%1).</source>
        <translation>该训练此前已完成（%1）。</translation>
    </message>
    <message>
        <source>%1 parameters, %2, %3; %4 training and %5 validation samples.</source>
        <translation>%1 个参数，%2，%3；%4 个训练样本和 %5 个验证样本。</translation>
    </message>
    <message>
        <source>Stopped: %1. Best epoch %2: %3</source>
        <translation>已停止：%1。最佳轮次 %2：%3</translation>
    </message>
    <message>
        <source>Test split (%1 samples): oIoU %2  mIoU %3</source>
        <translation>测试划分（%1 个样本）：oIoU %2  mIoU %3</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>模型包：%1</translation>
    </message>
    <message>
        <source>IoU of a sample whose prediction and truth are both empty: zero (default, as LAVT) or one.</source>
        <translation>预测与真值均为空的样本的 IoU：zero（默认，同 LAVT）或 one。</translation>
    </message>
    <message>
        <source>rrsis eval: --model and --dataset are required; --protocol is lavt or native; --empty-union is zero or one.</source>
        <translation>rrsis eval：必须提供 --model 和 --dataset；--protocol 为 lavt 或 native；--empty-union 为 zero 或 one。</translation>
    </message>
    <message>
        <source>rrsis project %1: %2</source>
        <translation>rrsis project %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); see --help.</source>
        <translation>
            <numerusform>需要 %n 个参数；见 --help。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: image not found: %1</source>
        <translation>警告：未找到影像：%1</translation>
    </message>
    <message>
        <source>warning: image changed since it was annotated: %1</source>
        <translation>警告：影像自标注以来已更改：%1</translation>
    </message>
    <message>
        <source>Create a project file, optionally with images.</source>
        <translation>创建项目文件，可同时添加影像。</translation>
    </message>
    <message>
        <source>The .rrsisproj file to create.</source>
        <translation>要创建的 .rrsisproj 文件。</translation>
    </message>
    <message>
        <source>Images to add.</source>
        <translation>要添加的影像。</translation>
    </message>
    <message>
        <source>expected a project file; see --help.</source>
        <translation>需要一个项目文件；见 --help。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 已存在；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n image(s).</source>
        <translation>
            <numerusform>已创建 %1，包含 %n 张影像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe a project: its images and annotations.</source>
        <translation>描述项目：其影像和标注。</translation>
    </message>
    <message>
        <source>The .rrsisproj file.</source>
        <translation>.rrsisproj 文件。</translation>
    </message>
    <message>
        <source>%1 (%2 x %3)%4</source>
        <translation>%1（%2 x %3）%4</translation>
    </message>
    <message>
        <source> — not found</source>
        <translation> — 未找到</translation>
    </message>
    <message>
        <source>  %1  %2  [%3]  %4 px, %5 hand edit(s)%6</source>
        <translation>  %1  %2  [%3]  %4 像素，%5 次手动编辑%6</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>, model %1</source>
        <translation>，模型 %1</translation>
    </message>
    <message>
        <source>Add an image to a project.</source>
        <translation>向项目添加影像。</translation>
    </message>
    <message>
        <source>The image to add.</source>
        <translation>要添加的影像。</translation>
    </message>
    <message numerus="yes">
        <source>The project has %n image(s).</source>
        <translation>
            <numerusform>项目共有 %n 张影像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a model on an image of the project and add its answer as an annotation.</source>
        <translation>在项目的影像上运行模型，并将其结果添加为标注。</translation>
    </message>
    <message>
        <source>The image (added to the project if it is not in it).</source>
        <translation>影像（若不在项目中则添加到项目）。</translation>
    </message>
    <message>
        <source>Sliding windows at the model&apos;s native scale.</source>
        <translation>在模型原生尺度下使用滑动窗口。</translation>
    </message>
    <message>
        <source>train, val or test.</source>
        <translation>train、val 或 test。</translation>
    </message>
    <message>
        <source>expected the project file; see --help.</source>
        <translation>需要项目文件；见 --help。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>指代表达式为空。</translation>
    </message>
    <message>
        <source>--aoi must be x,y,w,h inside the %1 x %2 image.</source>
        <translation>--aoi 必须为 %1 x %2 影像范围内的 x,y,w,h。</translation>
    </message>
    <message>
        <source>Added annotation %1 “%2”: %3 pixels.</source>
        <translation>已添加标注 %1“%2”：%3 个像素。</translation>
    </message>
    <message>
        <source>Append one RefSegRS sample (chip, mask, phrase) per annotation to a folder.</source>
        <translation>为每个标注向文件夹追加一个 RefSegRS 样本（切片、掩膜、指代表达式）。</translation>
    </message>
    <message>
        <source>The RefSegRS folder (created or appended to).</source>
        <translation>RefSegRS 文件夹（新建或追加）。</translation>
    </message>
    <message>
        <source>Chip size in pixels (default 512).</source>
        <translation>切片尺寸，单位像素（默认 512）。</translation>
    </message>
    <message>
        <source>Metres per chip pixel, e.g. 0.13 (default: the image&apos;s).</source>
        <translation>每个切片像素对应的米数，例如 0.13（默认：影像原值）。</translation>
    </message>
    <message>
        <source>Seed of the split assignment (default 1).</source>
        <translation>划分分配的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Share of train for unassigned annotations (default 0.7).</source>
        <translation>未分配标注中 train 的比例（默认 0.7）。</translation>
    </message>
    <message>
        <source>Share of val (default 0.1); the rest is test.</source>
        <translation>val 的比例（默认 0.1）；其余为 test。</translation>
    </message>
    <message>
        <source>expected the project file and --out; see --help.</source>
        <translation>需要项目文件和 --out；见 --help。</translation>
    </message>
    <message>
        <source>--chip, --gsd, --seed, --train and --val must be numbers (train + val &lt;= 1).</source>
        <translation>--chip、--gsd、--seed、--train 和 --val 必须是数字（train + val &lt;= 1）。</translation>
    </message>
    <message>
        <source>export </source>
        <translation>导出 </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n sample(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the sessions of studios that stopped without saving, or save one as a project.</source>
        <translation>列出未保存即停止的 Studio 会话，或将其中一个保存为项目。</translation>
    </message>
    <message>
        <source>List the sessions that can be recovered.</source>
        <translation>列出可恢复的会话。</translation>
    </message>
    <message>
        <source>Where the sessions are (default: the studio&apos;s).</source>
        <translation>会话所在位置（默认：Studio 使用的位置）。</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>要写入的项目文件。</translation>
    </message>
    <message>
        <source>A session folder from --list.</source>
        <translation>--list 列出的某个会话文件夹。</translation>
    </message>
    <message>
        <source>%1  %2, %3 annotation(s)</source>
        <translation>%1  %2，%3 个标注</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1  damaged: %2</source>
        <translation>%1  已损坏：%2</translation>
    </message>
    <message>
        <source>No session to recover in %1.</source>
        <translation>%1 中没有可恢复的会话。</translation>
    </message>
    <message>
        <source>--out is required with a session.</source>
        <translation>指定会话时必须提供 --out。</translation>
    </message>
    <message>
        <source>%1 exists; choose another name (nothing is overwritten).</source>
        <translation>%1 已存在；请选择其他名称（不会覆盖任何文件）。</translation>
    </message>
    <message>
        <source>Recovered %1 record(s)%2 into %3.</source>
        <translation>已将 %1 条记录%2恢复到 %3。</translation>
    </message>
    <message>
        <source> (the last one was cut off by the crash)</source>
        <translation>（最后一条因崩溃而被截断）</translation>
    </message>
    <message>
        <source>samples </source>
        <translation>样本 </translation>
    </message>
    <message>
        <source>windows </source>
        <translation>窗口 </translation>
    </message>
    <message>
        <source>Write a synthetic aerial scene (GeoTIFF)</source>
        <translation>写出合成航空场景（GeoTIFF）</translation>
    </message>
    <message>
        <source>Append synthetic samples (RefSegRS layout)</source>
        <translation>追加合成样本（RefSegRS 格式）</translation>
    </message>
    <message>
        <source>Write the mask of what T describes</source>
        <translation>写出 T 所描述对象的掩膜</translation>
    </message>
    <message>
        <source>Train a model and write a bundle</source>
        <translation>训练模型并写出模型包</translation>
    </message>
    <message>
        <source>Score a model on a dataset split</source>
        <translation>在数据集划分上评估模型</translation>
    </message>
    <message>
        <source>Print token ids and attention mask</source>
        <translation>输出词元 ID 和注意力掩码</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>List a project&apos;s images and annotations</source>
        <translation>列出项目的影像和标注</translation>
    </message>
    <message>
        <source>Add an image to a project</source>
        <translation>向项目添加影像</translation>
    </message>
    <message>
        <source>Run a model and add its answer as an annotation</source>
        <translation>运行模型并将其结果添加为标注</translation>
    </message>
    <message>
        <source>Append one RefSegRS sample per annotation</source>
        <translation>每个标注追加一个 RefSegRS 样本</translation>
    </message>
    <message>
        <source>List crashed studio sessions, or save one as a project</source>
        <translation>列出崩溃的 Studio 会话，或将其中一个保存为项目</translation>
    </message>
    <message>
        <source>Usage: rrsis &lt;command&gt; [options]

Commands:
</source>
        <translation>用法：rrsis &lt;命令&gt; [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;rrsis &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>
运行“rrsis &lt;命令&gt; --help”查看命令的选项。</translation>
    </message>
    <message>
        <source>--threshold must be within 0..1.</source>
        <translation>--threshold 必须在 0..1 之间。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>rrsis dataset from-classes: %1</source>
        <translation>rrsis dataset from-classes：%1</translation>
    </message>
    <message>
        <source>Turn a semantic segmentation dataset (images and colour-coded class masks) into a referring dataset in the RefSegRS layout: square chips, at several scales, one sample per class present in a chip (its mask, one of its expressions), sometimes one naming an absent class (empty mask). Splits are drawn per source image.</source>
        <translation>将语义分割数据集（影像和按颜色编码的类别掩膜）转换为 RefSegRS 布局的指代数据集：在多个尺度上生成正方形切片，切片中出现的每个类别生成一个样本（其掩膜及其一个指代表达式），有时生成一个指向缺失类别的样本（空掩膜）。划分按源影像抽取。</translation>
    </message>
    <message>
        <source>Folder of images (repeatable; pairs with --masks in order).</source>
        <translation>影像文件夹（可重复；按顺序与 --masks 配对）。</translation>
    </message>
    <message>
        <source>Folder of colour masks named like their images.</source>
        <translation>彩色掩膜文件夹，文件名与对应影像相同。</translation>
    </message>
    <message>
        <source>Use every folder under DIR that holds images/ and masks/.</source>
        <translation>使用 DIR 下所有包含 images/ 和 masks/ 的文件夹。</translation>
    </message>
    <message>
        <source>JSON list of classes: name, color, expressions, min_fraction, tolerance.</source>
        <translation>类别的 JSON 列表：name、color、expressions、min_fraction、tolerance。</translation>
    </message>
    <message>
        <source>New dataset folder (must not exist or be empty).</source>
        <translation>新的数据集文件夹（必须不存在或为空）。</translation>
    </message>
    <message>
        <source>Shrink factors, comma-separated (default 1,2).</source>
        <translation>缩小倍数，以逗号分隔（默认 1,2）。</translation>
    </message>
    <message>
        <source>Pixels between chips (default: the chip size).</source>
        <translation>切片之间的像素间距（默认：切片尺寸）。</translation>
    </message>
    <message>
        <source>Share of source images for val (default 0.1).</source>
        <translation>用于 val 的源影像比例（默认 0.1）。</translation>
    </message>
    <message>
        <source>Share of source images for test (default 0.1).</source>
        <translation>用于 test 的源影像比例（默认 0.1）。</translation>
    </message>
    <message>
        <source>Chance per chip of a sample naming an absent class (default 0.15).</source>
        <translation>每个切片生成指向缺失类别的样本的概率（默认 0.15）。</translation>
    </message>
    <message>
        <source>--classes and --out are required.</source>
        <translation>必须指定 --classes 和 --out。</translation>
    </message>
    <message>
        <source>give --images and --masks (as many of each), or --root.</source>
        <translation>请指定 --images 和 --masks（数量相同），或 --root。</translation>
    </message>
    <message>
        <source>--chip must be 16..8192.</source>
        <translation>--chip 必须在 16..8192 之间。</translation>
    </message>
    <message>
        <source>--stride must be 1..8192.</source>
        <translation>--stride 必须在 1..8192 之间。</translation>
    </message>
    <message>
        <source>--scales must be distinct whole numbers 1..64, such as 1,2,3.</source>
        <translation>--scales 必须是 1..64 之间互不相同的整数，例如 1,2,3。</translation>
    </message>
    <message>
        <source>--val-fraction and --test-fraction must be 0..1 with a sum of at most 1.</source>
        <translation>--val-fraction 和 --test-fraction 必须在 0..1 之间，且两者之和不超过 1。</translation>
    </message>
    <message>
        <source>--absent-rate must be 0..1.</source>
        <translation>--absent-rate 必须在 0..1 之间。</translation>
    </message>
    <message>
        <source>--seed must be a whole number &gt;= 0.</source>
        <translation>--seed 必须是 &gt;= 0 的整数。</translation>
    </message>
    <message>
        <source>warning: … and %1 more.</source>
        <translation>警告：… 以及另外 %1 条。</translation>
    </message>
    <message>
        <source>Images: %1 read of %2 found; skipped: %3 without a mask, %4 of another size than their mask, %5 unreadable. %6 mask(s) without an image. %7 mask(s) hold colours of no class (ignored).</source>
        <translation>影像：找到 %2 张，读取 %1 张；跳过：%3 张无掩膜，%4 张与其掩膜尺寸不同，%5 张无法读取。%6 个掩膜没有对应影像。%7 个掩膜含有不属于任何类别的颜色（已忽略）。</translation>
    </message>
    <message>
        <source>Splits (images / chips): train %1 / %2, val %3 / %4, test %5 / %6; %7 image scale(s) smaller than a chip.</source>
        <translation>划分（影像 / 切片）：train %1 / %2，val %3 / %4，test %5 / %6；%7 个影像尺度小于一个切片。</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>val</source>
        <translation>val</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>absent (train/val/test)</source>
        <translation>缺失（train/val/test）</translation>
    </message>
    <message>
        <source>Wrote %1 samples from %2 chips to %3.</source>
        <translation>已将来自 %2 个切片的 %1 个样本写入 %3。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>rrsis dataset from-classes: no folder under %1 holds both images/ and masks/.</source>
        <translation>rrsis dataset from-classes：%1 下没有同时包含 images/ 和 masks/ 的文件夹。</translation>
    </message>
    <message>
        <source>images </source>
        <translation>影像 </translation>
    </message>
    <message>
        <source>Train on a project&apos;s annotations instead of --data (exported into the checkpoint folder; 20 % held out for validation when none is marked val).</source>
        <translation>使用项目的标注代替 --data 进行训练（导出到检查点文件夹；若没有标注标为 val，则留出 20 % 用于验证）。</translation>
    </message>
    <message>
        <source>Fine-tune this model bundle (read only): its weights, sizes and vocabulary, extended by new words.</source>
        <translation>微调此模型包（只读）：沿用其权重、尺寸和词表，并用新词扩展词表。</translation>
    </message>
    <message>
        <source>With --init: backbone, text or none (default) stay as they are.</source>
        <translation>配合 --init：backbone、text 或 none（默认）保持不变。</translation>
    </message>
    <message>
        <source>Epochs (default 30; fine-tuning: about 3,000 samples seen, 10 to 60 epochs).</source>
        <translation>轮数（默认 30；微调：约见过 3000 个样本，10 到 60 轮）。</translation>
    </message>
    <message>
        <source>AdamW learning rate, poly-decayed (default 0.001; fine-tuning 0.0002).</source>
        <translation>AdamW 学习率，按 poly 衰减（默认 0.001；微调 0.0002）。</translation>
    </message>
    <message>
        <source>Square network input, a multiple of 32 (default 320, or the --init model&apos;s).</source>
        <translation>正方形网络输入尺寸，32 的倍数（默认 320，或 --init 模型的尺寸）。</translation>
    </message>
    <message>
        <source>Token sequence length (default 20, or the --init model&apos;s).</source>
        <translation>词元序列长度（默认 20，或 --init 模型的长度）。</translation>
    </message>
    <message>
        <source>rrsis train: --out and one of --data or --project are required, --freeze is backbone, text or none, and every number must be in range (see --help).</source>
        <translation>rrsis train：必须指定 --out 以及 --data 或 --project 之一，--freeze 为 backbone、text 或 none，且所有数值都必须在有效范围内（见 --help）。</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Vocabulary: %1 new word(s): %2</source>
        <translation>词表：新增 %1 个词：%2</translation>
    </message>
    <message>
        <source>Frozen: %1 parameter tensors.</source>
        <translation>已冻结：%1 个参数张量。</translation>
    </message>
    <message>
        <source>Turn colour-coded class masks into referring samples (RefSegRS layout)</source>
        <translation>将按颜色编码的类别掩膜转换为指代样本（RefSegRS 布局）</translation>
    </message>
    <message>
        <source>Describe a PyTorch checkpoint (torch.save, PyTorch 1.6 or later) without Python: its tensors by group, its training arguments and other values. The file is read by a restricted reader that runs nothing; a checkpoint that asks to run code is refused.</source>
        <translation>无需 Python 描述 PyTorch 检查点（torch.save，PyTorch 1.6 或更高版本）：按组列出其张量、训练参数及其他值。文件由不执行任何代码的受限读取器读取；要求运行代码的检查点会被拒绝。</translation>
    </message>
    <message>
        <source>Also list every tensor with its type and shape.</source>
        <translation>同时列出每个张量及其类型和形状。</translation>
    </message>
    <message>
        <source>The checkpoint (.pth, .pt).</source>
        <translation>检查点文件（.pth、.pt）。</translation>
    </message>
    <message>
        <source>rrsis checkpoint info: expected exactly one file.</source>
        <translation>rrsis checkpoint info：需要且仅需要一个文件。</translation>
    </message>
    <message>
        <source>rrsis checkpoint info: %1</source>
        <translation>rrsis checkpoint info：%1</translation>
    </message>
    <message>
        <source>%1: %2 tensors, %3 elements</source>
        <translation>%1：%2 个张量，%3 个元素</translation>
    </message>
    <message>
        <source>Describe a PyTorch checkpoint without Python</source>
        <translation>无需 Python 描述 PyTorch 检查点</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Architecture: %1, %2 parameters</source>
        <translation>架构：%1，%2 个参数</translation>
    </message>
    <message>
        <source>Input: %1 x %2, output %3</source>
        <translation>输入：%1 x %2，输出 %3</translation>
    </message>
    <message>
        <source>Tokenizer: %1, %2 entries, %3 tokens</source>
        <translation>分词器：%1，%2 个词条，%3 个词元</translation>
    </message>
    <message>
        <source>Ground sample distance: %1 m per input pixel</source>
        <translation>地面采样距离：每输入像素 %1 米</translation>
    </message>
    <message>
        <source>Trained on: %1</source>
        <translation>训练数据：%1</translation>
    </message>
    <message>
        <source>Files: %1 (hash %2)</source>
        <translation>文件：%1（哈希 %2）</translation>
    </message>
    <message>
        <source>Print the metadata of a raster file, or describe a model bundle (NAME.rrsismodel): architecture, parameter count, input size and tokenizer.</source>
        <translation>打印栅格文件的元数据，或描述模型包（NAME.rrsismodel）：架构、参数数量、输入尺寸和分词器。</translation>
    </message>
    <message>
        <source>The raster or model bundle to describe.</source>
        <translation>要描述的栅格或模型包。</translation>
    </message>
    <message>
        <source>Print a raster&apos;s metadata or describe a model bundle</source>
        <translation>打印栅格元数据或描述模型包</translation>
    </message>
    <message>
        <source>The checkpoint holds no BERT weights (a lavt checkpoint keeps them in &quot;bert_model&quot;, a lavt_one checkpoint in &quot;model&quot; as &quot;text_encoder.*&quot;).</source>
        <translation>该检查点不含 BERT 权重（lavt 检查点将其存于 &quot;bert_model&quot;，lavt_one 检查点存于 &quot;model&quot; 中的 &quot;text_encoder.*&quot;）。</translation>
    </message>
    <message>
        <source>args.mha &quot;%1&quot; is not four numbers a-b-c-d</source>
        <translation>args.mha &quot;%1&quot; 不是四个数字 a-b-c-d</translation>
    </message>
    <message>
        <source>The weights are RMSIN&apos;s (cross-scale module, intra-scale branches): convert with --arch rmsin.</source>
        <translation>这些权重属于 RMSIN（跨尺度模块、尺度内分支）：请用 --arch rmsin 转换。</translation>
    </message>
    <message>
        <source>args.window12 says False, but the relative position tables (529 rows) are those of window 12: window 12 is used.</source>
        <translation>args.window12 为 False，但相对位置表（529 行）属于窗口 12：使用窗口 12。</translation>
    </message>
    <message>
        <source>args.swin_type says %1, but the weights are of another size; the weights&apos; sizes are used.</source>
        <translation>args.swin_type 为 %1，但权重尺寸不同；采用权重的尺寸。</translation>
    </message>
    <message>
        <source>BERT is %1 wide, not BERT-base&apos;s 768; its heads leave no trace in the weights, so %2 (one per 64 channels) are assumed.</source>
        <translation>BERT 宽度为 %1，而非 BERT-base 的 768；注意力头数无法从权重得知，因此假定为 %2（每 64 个通道一个）。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>The file keeps BERT apart (the lavt layout); it is filed under text_encoder as lavt_one does.</source>
        <translation>该文件将 BERT 单独存放（lavt 布局）；按 lavt_one 的方式归入 text_encoder。</translation>
    </message>
    <message>
        <source>Checking %1 tensors against the %2 network</source>
        <translation>正在根据 %2 网络检查 %1 个张量</translation>
    </message>
    <message>
        <source>%1 does not fit the %2 network: %3</source>
        <translation>%1 与 %2 网络不匹配：%3</translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>无法构建 %1 网络：%2</translation>
    </message>
    <message>
        <source>The input size %1 is outside 32..4096.</source>
        <translation>输入尺寸 %1 超出 32..4096。</translation>
    </message>
    <message>
        <source>RMSIN&apos;s cross-scale attention in this checkpoint was built for a %1 x %1 deepest map, that is an input of %2 px; %3 px does not fit it.</source>
        <translation>此检查点中 RMSIN 的跨尺度注意力是为 %1 x %1 的最深特征图构建的，即 %2 像素的输入；%3 像素与之不符。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Cannot move the new bundle to %1.</source>
        <translation>无法将新模型包移动到 %1。</translation>
    </message>
    <message>
        <source>%1 exists; choose another name or allow overwriting.</source>
        <translation>%1 已存在；请换一个名称或允许覆盖。</translation>
    </message>
    <message>
        <source>The LAVT family tokenizes with BERT&apos;s vocab.txt (bert-base-uncased, 30,522 lines); none was given and none is in Hugging Face&apos;s cache. Pass it with --vocab FILE.</source>
        <translation>LAVT 系列使用 BERT 的 vocab.txt（bert-base-uncased，30,522 行）分词；未提供该文件，Hugging Face 缓存中也没有。请用 --vocab 文件 指定。</translation>
    </message>
    <message>
        <source>Cannot read the vocabulary %1: %2</source>
        <translation>无法读取词表 %1：%2</translation>
    </message>
    <message>
        <source>The vocabulary %1 has %2 entries but the checkpoint&apos;s BERT has %3 word embeddings.</source>
        <translation>词表 %1 有 %2 个条目，但检查点中的 BERT 有 %3 个词嵌入。</translation>
    </message>
    <message>
        <source>config.swin &quot;%1&quot; is not a Swin size (tiny, small, base, large, with -w7 or -w12)</source>
        <translation>config.swin &quot;%1&quot; 不是 Swin 尺寸（tiny、small、base、large，可带 -w7 或 -w12）</translation>
    </message>
    <message>
        <source>config.swin: depths, heads and fusion_heads must be lists of numbers</source>
        <translation>config.swin：depths、heads 和 fusion_heads 必须是数字列表</translation>
    </message>
    <message>
        <source>config.swin must be a Swin size name or an object</source>
        <translation>config.swin 必须是 Swin 尺寸名称或对象</translation>
    </message>
    <message>
        <source>config.swin: %1</source>
        <translation>config.swin：%1</translation>
    </message>
    <message>
        <source>config.bert must be an object</source>
        <translation>config.bert 必须是对象</translation>
    </message>
    <message>
        <source>config.bert: sizes must be positive and hidden_size divisible by heads</source>
        <translation>config.bert：尺寸必须为正，且 hidden_size 能被 heads 整除</translation>
    </message>
    <message>
        <source>config.decoder &quot;%1&quot; is neither &quot;simple&quot; nor &quot;rotated&quot;</source>
        <translation>config.decoder &quot;%1&quot; 既不是 &quot;simple&quot; 也不是 &quot;rotated&quot;</translation>
    </message>
    <message>
        <source>The cross-scale module was built for a %1 x %1 deepest map (input %2 px), but the bundle&apos;s input is %3 px.</source>
        <translation>跨尺度模块是为 %1 x %1 的最深特征图构建的（输入 %2 像素），但模型包的输入为 %3 像素。</translation>
    </message>
    <message>
        <source>The tokenizer has %1 entries but BERT was built for a vocabulary of %2 (config.bert.vocab_size): they do not belong together.</source>
        <translation>分词器有 %1 个条目，但 BERT 是为 %2 个词的词表构建的（config.bert.vocab_size）：二者不匹配。</translation>
    </message>
    <message>
        <source>Invalid LAVT config: %1</source>
        <translation>无效的 LAVT 配置：%1</translation>
    </message>
    <message>
        <source>the cross-scale attention&apos;s proj is %1 x %2, which fits no input size</source>
        <translation>跨尺度注意力的 proj 为 %1 x %2，不对应任何输入尺寸</translation>
    </message>
    <message>
        <source>no %1patch_embed.proj.weight: not a Swin backbone of the LAVT family</source>
        <translation>没有 %1patch_embed.proj.weight：不是 LAVT 系列的 Swin 主干</translation>
    </message>
    <message>
        <source>the backbone does not have four stages</source>
        <translation>主干网络不是四个阶段</translation>
    </message>
    <message>
        <source>stage %1 of the backbone has no Swin blocks</source>
        <translation>主干网络的第 %1 阶段没有 Swin 块</translation>
    </message>
    <message>
        <source>a relative position table with %1 rows fits no window size</source>
        <translation>有 %1 行的相对位置表不对应任何窗口大小</translation>
    </message>
    <message>
        <source>the stages use different window sizes</source>
        <translation>各阶段使用了不同的窗口大小</translation>
    </message>
    <message>
        <source>no BERT embeddings under &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 下没有 BERT 嵌入</translation>
    </message>
    <message>
        <source>auto, fp32 or bf16 (auto: bf16 for the LAVT family where the hardware has it).</source>
        <translation>auto、fp32 或 bf16（auto：硬件支持时 LAVT 系列使用 bf16）。</translation>
    </message>
    <message>
        <source>Model input size in pixels (default: the checkpoint&apos;s args.img_size, else 480).</source>
        <translation>模型输入尺寸（像素；默认：检查点的 args.img_size，否则为 480）。</translation>
    </message>
    <message>
        <source>BERT&apos;s vocab.txt (default: bert-base-uncased from Hugging Face&apos;s cache).</source>
        <translation>BERT 的 vocab.txt（默认：Hugging Face 缓存中的 bert-base-uncased）。</translation>
    </message>
    <message>
        <source>The bundle to write (NAME.rrsismodel).</source>
        <translation>要写入的模型包（NAME.rrsismodel）。</translation>
    </message>
    <message>
        <source>The model&apos;s name in model.json.</source>
        <translation>model.json 中的模型名称。</translation>
    </message>
    <message>
        <source>Replace an existing bundle.</source>
        <translation>替换已有的模型包。</translation>
    </message>
    <message>
        <source>The .pth file.</source>
        <translation>.pth 文件。</translation>
    </message>
    <message>
        <source>rrsis convert: expected CHECKPOINT.pth --arch A --out NAME.rrsismodel.</source>
        <translation>rrsis convert：应为 CHECKPOINT.pth --arch A --out NAME.rrsismodel。</translation>
    </message>
    <message>
        <source>rrsis convert: --input-size must be a number of pixels in 32..4096.</source>
        <translation>rrsis convert：--input-size 必须是 32..4096 之间的像素数。</translation>
    </message>
    <message>
        <source>rrsis convert: %1</source>
        <translation>rrsis convert：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 (%3 layout), %4 parameters, input %5 x %5.</source>
        <translation>已写入 %1：%2（%3 布局），%4 个参数，输入 %5 x %5。</translation>
    </message>
    <message>
        <source>rrsis eval: --threads must be a number &gt;= 0 and --precision auto, fp32 or bf16.</source>
        <translation>rrsis eval：--threads 必须是 &gt;= 0 的数字，--precision 必须是 auto、fp32 或 bf16。</translation>
    </message>
    <message>
        <source>rrsis predict: --threads must be &gt;= 0, --precision auto, fp32 or bf16, and --threshold within 0..1.</source>
        <translation>rrsis predict：--threads 必须 &gt;= 0，--precision 必须是 auto、fp32 或 bf16，--threshold 须在 0..1 之间。</translation>
    </message>
    <message>
        <source>Convert an official checkpoint into a model bundle</source>
        <translation>将官方检查点转换为模型包</translation>
    </message>
    <message>
        <source>The weights are FIANet&apos;s (object-position alignment, text-aware enhancement): convert with --arch fianet.</source>
        <translation>这些权重属于 FIANet（目标-位置对齐、文本感知增强）：请用 --arch fianet 转换。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Object and position words: %1</source>
        <translation>目标词与位置词：%1</translation>
    </message>
    <message>
        <source>FIANet: NLTK&apos;s data folder (or its tagger folder) for the object and position words (default: where NLTK looks, NLTK_DATA first).</source>
        <translation>FIANet：用于目标词与位置词的 NLTK 数据文件夹（或其标注器文件夹）（默认：NLTK 的查找位置，优先 NLTK_DATA）。</translation>
    </message>
    <message>
        <source>The weights are LGCE&apos;s (language-guided enhancement in the decoder): convert with --arch lgce.</source>
        <translation>这些权重属于 LGCE（解码器中的语言引导增强）：请用 --arch lgce 转换。</translation>
    </message>
    <message>
        <source>The weights are LAVT&apos;s (no RMSIN, FIANet or LGCE modules): convert with --arch lavt or lavt_one.</source>
        <translation>这些权重属于 LAVT（没有 RMSIN、FIANet 或 LGCE 模块）：请用 --arch lavt 或 lavt_one 转换。</translation>
    </message>
    <message>
        <source>%1 tensors (%2 parameters) of LGCE&apos;s reference decoder do not reach its output (msb2, msb3, lg_layer1, lg_layer2, msb1&apos;s patch embeddings and its CLS-token cross-attention); they are left out.</source>
        <translation>LGCE 参考解码器中有 %1 个张量（%2 个参数）不影响其输出（msb2、msb3、lg_layer1、lg_layer2、msb1 的图块嵌入及其 CLS 令牌交叉注意力）；已略去。</translation>
    </message>
    <message>
        <source>Unknown architecture &quot;%1&quot; (known: lavt, lavt_one, rmsin, fianet, lgce).</source>
        <translation>未知架构“%1”（已知：lavt、lavt_one、rmsin、fianet、lgce）。</translation>
    </message>
    <message>
        <source>config.lgce must be an object</source>
        <translation>config.lgce 必须是对象</translation>
    </message>
    <message>
        <source>config.lgce: depths and heads must be two numbers each (stage 3, stage 4)</source>
        <translation>config.lgce：depths 和 heads 各须为两个数字（第 3 阶段、第 4 阶段）</translation>
    </message>
    <message>
        <source>Convert an official checkpoint (torch.save .pth of LAVT-RIS in either layout, RMSIN, RemoteSAM, FIANet or LGCE) into a model bundle the studio and the CLI run natively. The file is read by a restricted reader that runs nothing; optimizer state is skipped; the network&apos;s sizes are read from the weights.</source>
        <translation>将官方检查点（LAVT-RIS 两种布局、RMSIN、RemoteSAM、FIANet 或 LGCE 的 torch.save .pth）转换为工作室和命令行可原生运行的模型包。文件由不执行任何内容的受限读取器读取；跳过优化器状态；网络尺寸从权重中读取。</translation>
    </message>
    <message>
        <source>Architecture: lavt, lavt_one, rmsin, fianet or lgce (RemoteSAM is rmsin at 896 px).</source>
        <translation>架构：lavt、lavt_one、rmsin、fianet 或 lgce（RemoteSAM 即 896 像素的 rmsin）。</translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation>实现：%1</translation>
    </message>
    <message>
        <source>FIANet&apos;s object and position words: %1</source>
        <translation>FIANet 的目标词与位置词：%1</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations to one COCO instances JSON file (run-length masks over each image, the expression, split and provenance as extra fields).</source>
        <translation>将项目的标注写入一个 COCO 实例 JSON 文件（每幅图像上的游程编码掩膜，表达式、划分和来源作为附加字段）。</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>要写入的 JSON 文件。</translation>
    </message>
    <message>
        <source>Masks as polygons instead of run-lengths (holes are filled).</source>
        <translation>以多边形而非游程编码保存掩膜（孔洞会被填充）。</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>如果文件已存在则替换。</translation>
    </message>
    <message>
        <source>Wrote %1 annotation(s) of %2 image(s) in %3 categories to %4.</source>
        <translation>已将 %2 幅图像的 %1 个标注（%3 个类别）写入 %4。</translation>
    </message>
    <message>
        <source>Write the annotations as one COCO instances file</source>
        <translation>将标注写入一个 COCO 实例文件</translation>
    </message>
    <message>
        <source>Add the annotations of a COCO instances file to the project&apos;s images (matched by file name and size) and save the project.</source>
        <translation>将 COCO 实例文件中的标注添加到项目的影像（按文件名和尺寸匹配）并保存项目。</translation>
    </message>
    <message>
        <source>The COCO instances JSON file.</source>
        <translation>COCO 实例 JSON 文件。</translation>
    </message>
    <message>
        <source>expected the project file and the COCO file; see --help.</source>
        <translation>需要项目文件和 COCO 文件；参见 --help。</translation>
    </message>
    <message>
        <source>import </source>
        <translation>导入 </translation>
    </message>
    <message>
        <source>Imported %1 annotation(s) into %2 image(s) of %3.</source>
        <translation>已将 %1 个标注导入 %3 的 %2 幅影像。</translation>
    </message>
    <message>
        <source>Add a COCO file&apos;s annotations to the project&apos;s images</source>
        <translation>将 COCO 文件的标注添加到项目的影像</translation>
    </message>
    <message>
        <source>rrsis export: %1</source>
        <translation>rrsis export：%1</translation>
    </message>
    <message>
        <source>rrsis import: %1</source>
        <translation>rrsis import：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个标注写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format “%1”; see --help.</source>
        <translation>未知格式“%1”；参见 --help。</translation>
    </message>
    <message>
        <source>--tolerance must be a number of map units, 0 or more.</source>
        <translation>--tolerance 必须是以地图单位表示的数，0 或更大。</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations. Formats: refsegrs (appends chips to a RefSegRS folder), rrsisd (a new RRSIS-D / RefCOCO folder: instances.json, refs(unc).p, JPEGImages), coco (one instances JSON), masks (a GeoTIFF per annotation), labels (a uint16 GeoTIFF and a CSV per scene), gpkg, geojson (WGS 84), shp (a folder). Nothing existing is replaced without --overwrite.</source>
        <translation>导出项目的标注。格式：refsegrs（向 RefSegRS 文件夹追加切片）、rrsisd（新的 RRSIS-D / RefCOCO 文件夹：instances.json、refs(unc).p、JPEGImages）、coco（一个 instances JSON）、masks（每个标注一个 GeoTIFF）、labels（每个场景一个 uint16 GeoTIFF 和一个 CSV）、gpkg、geojson（WGS 84）、shp（一个文件夹）。没有 --overwrite 时不会替换已有内容。</translation>
    </message>
    <message>
        <source>refsegrs, rrsisd, coco, masks, labels, gpkg, geojson or shp.</source>
        <translation>refsegrs、rrsisd、coco、masks、labels、gpkg、geojson 或 shp。</translation>
    </message>
    <message>
        <source>The file or folder to write.</source>
        <translation>要写入的文件或文件夹。</translation>
    </message>
    <message>
        <source>Replace the output if it exists.</source>
        <translation>若输出已存在则替换。</translation>
    </message>
    <message>
        <source>Chip size in pixels (refsegrs 512, rrsisd 800).</source>
        <translation>切片尺寸（像素；refsegrs 512，rrsisd 800）。</translation>
    </message>
    <message>
        <source>Metres per chip pixel (default: the image&apos;s).</source>
        <translation>每个切片像素的米数（默认：图像本身的）。</translation>
    </message>
    <message>
        <source>coco: masks as polygons (holes are filled).</source>
        <translation>coco：掩膜以多边形表示（孔洞会被填充）。</translation>
    </message>
    <message>
        <source>Vector simplification in map units (default 0: every pixel edge).</source>
        <translation>矢量简化容差，以地图单位表示（默认 0：保留每条像素边）。</translation>
    </message>
    <message>
        <source>expected the project file, --format and --out; see --help.</source>
        <translation>需要项目文件、--format 和 --out；参见 --help。</translation>
    </message>
    <message>
        <source>Import annotations into a project and save it: a COCO file, a RefSegRS or RRSIS-D folder (each sample&apos;s image becomes a scene), a vector file (rasterised onto the scenes from its CRS) or a mask or label raster (resampled onto a scene). Each import is one undo step in the studio.</source>
        <translation>将标注导入项目并保存：COCO 文件、RefSegRS 或 RRSIS-D 文件夹（每个样本的图像成为一个场景）、矢量文件（从其坐标参考系栅格化到场景上）或掩膜/标签栅格（重采样到场景上）。在工作室中每次导入是一个撤销步骤。</translation>
    </message>
    <message>
        <source>The file or folder to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <source>coco, dataset, vector or raster (default: from the source).</source>
        <translation>coco、dataset、vector 或 raster（默认：由来源判断）。</translation>
    </message>
    <message>
        <source>vector, raster: the scene to import onto (1-based; default: where it lies).</source>
        <translation>vector、raster：导入到的场景（从 1 开始；默认：其所在位置）。</translation>
    </message>
    <message>
        <source>raster: the expression of a mask raster.</source>
        <translation>raster：掩膜栅格的表达式。</translation>
    </message>
    <message>
        <source>vector: the attribute holding the expression.</source>
        <translation>vector：保存表达式的属性。</translation>
    </message>
    <message>
        <source>expected the project file and the source; see --help.</source>
        <translation>需要项目文件和来源；参见 --help。</translation>
    </message>
    <message>
        <source>--scene must be a scene number.</source>
        <translation>--scene 必须是场景编号。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) into %1.</source>
        <translation>
            <numerusform>已将 %n 个标注导入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export annotations: refsegrs, rrsisd, coco, masks, labels, gpkg, geojson, shp</source>
        <translation>导出标注：refsegrs、rrsisd、coco、masks、labels、gpkg、geojson、shp</translation>
    </message>
    <message>
        <source>Import a COCO file, dataset folder, vector layer or mask raster</source>
        <translation>导入 COCO 文件、数据集文件夹、矢量图层或掩膜栅格</translation>
    </message>
    <message>
        <source>%1: this build of rrsis has no model engine.</source>
        <translation>%1：此 rrsis 版本没有模型引擎。</translation>
    </message>
    <message>
        <source>rrsis: cannot start the model engine %1: %2</source>
        <translation>rrsis：无法启动模型引擎 %1：%2</translation>
    </message>
    <message>
        <source>rrsis: this command runs a model, but the model engine (rrsis-ml) is not installed; looked for %1</source>
        <translation>rrsis：此命令需要运行模型，但未安装模型引擎（rrsis-ml）；已查找 %1</translation>
    </message>
</context>
<context>
    <name>rrsis::AnnotationDocument</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>显示“%1”</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>隐藏“%1”</translation>
    </message>
    <message>
        <source>Change Opacity of “%1”</source>
        <translation>更改“%1”的不透明度</translation>
    </message>
    <message>
        <source>Change Threshold of “%1”</source>
        <translation>更改“%1”的阈值</translation>
    </message>
    <message>
        <source>Change Colour of “%1”</source>
        <translation>更改“%1”的颜色</translation>
    </message>
    <message>
        <source>Change Category of “%1”</source>
        <translation>更改“%1”的类别</translation>
    </message>
    <message>
        <source>Change Split of “%1”</source>
        <translation>更改“%1”的划分</translation>
    </message>
    <message>
        <source>Run Model Again on “%1”</source>
        <translation>对“%1”重新运行模型</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Subtract Polygon</source>
        <translation>减去多边形</translation>
    </message>
    <message>
        <source>Add Polygon</source>
        <translation>添加多边形</translation>
    </message>
    <message>
        <source>Subtract Magic Wand</source>
        <translation>减去魔棒区域</translation>
    </message>
    <message>
        <source>Magic Wand</source>
        <translation>魔棒</translation>
    </message>
    <message>
        <source>Fill Holes</source>
        <translation>填充孔洞</translation>
    </message>
    <message>
        <source>Remove Regions Smaller Than %1 px</source>
        <translation>移除小于 %1 像素的区域</translation>
    </message>
    <message>
        <source>Grow by %1 px</source>
        <translation>扩张 %1 像素</translation>
    </message>
    <message>
        <source>Shrink by %1 px</source>
        <translation>收缩 %1 像素</translation>
    </message>
    <message>
        <source>Keep Largest Region</source>
        <translation>保留最大区域</translation>
    </message>
    <message>
        <source>Clear Mask</source>
        <translation>清空掩膜</translation>
    </message>
</context>
<context>
    <name>rrsis::PerceptronTagger</name>
    <message>
        <source>%1 does not hold NLTK&apos;s tagger (weights and tag dictionary objects, a class list).</source>
        <translation>%1 不包含 NLTK 的词性标注器（权重与标注词典对象、类别列表）。</translation>
    </message>
    <message>
        <source>%1: the tagger has no classes.</source>
        <translation>%1：该标注器没有类别。</translation>
    </message>
    <message>
        <source>NLTK averaged perceptron (%1)</source>
        <translation>NLTK 平均感知器（%1）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rrsis::RuleBasedTagger</name>
    <message>
        <source>rules (NLTK&apos;s tagger data not found)</source>
        <translation>规则（未找到 NLTK 标注器数据）</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::AnnotationListModel</name>
    <message>
        <source>Model %1 on %2, %3 query of %4 x %5 px at (%6, %7), %8 s</source>
        <translation>模型 %1，运行于 %2，%3 查询，%4 x %5 像素，位于 (%6, %7)，%8 秒</translation>
    </message>
    <message>
        <source>Drawn by hand</source>
        <translation>手动绘制</translation>
    </message>
    <message>
        <source>Model hash %1</source>
        <translation>模型哈希 %1</translation>
    </message>
    <message numerus="yes">
        <source>Edited by hand %n time(s)</source>
        <translation>
            <numerusform>手动编辑 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Not edited by hand</source>
        <translation>未手动编辑</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>(no expression)</source>
        <translation>（无指代表达式）</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::AoiTool</name>
    <message>
        <source>Area of Interest</source>
        <translation>感兴趣区域</translation>
    </message>
    <message>
        <source>Area of interest: drag a rectangle for the next queries; a click clears it.</source>
        <translation>感兴趣区域：拖出矩形用于后续查询；单击则清除。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::BandsDialog</name>
    <message>
        <source>Bands and Stretch</source>
        <translation>波段与拉伸</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>波段</translation>
    </message>
    <message>
        <source>RGB composite</source>
        <translation>RGB 合成</translation>
    </message>
    <message>
        <source>Single band (gray)</source>
        <translation>单波段（灰度）</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Red:</source>
        <translation>红：</translation>
    </message>
    <message>
        <source>Green:</source>
        <translation>绿：</translation>
    </message>
    <message>
        <source>Blue:</source>
        <translation>蓝：</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>波段 %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Percentiles of the scene</source>
        <translation>场景百分位</translation>
    </message>
    <message>
        <source>Minimum / maximum</source>
        <translation>最小值 / 最大值</translation>
    </message>
    <message>
        <source>Low:</source>
        <translation>低：</translation>
    </message>
    <message>
        <source>High:</source>
        <translation>高：</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Statistics from: %1</source>
        <translation>统计来源：%1</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>波段：</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::BrushTool</name>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>radius %1 px ([ and ] change it)</source>
        <translation>半径 %1 像素（[ 和 ] 键调整）</translation>
    </message>
    <message>
        <source>Eraser: drag to erase from the selected annotation; %1.</source>
        <translation>橡皮擦：拖动以从所选标注中擦除；%1。</translation>
    </message>
    <message>
        <source>Brush: drag to paint the selected annotation (a new one when none is selected); Ctrl erases; %1.</source>
        <translation>画笔：拖动以绘制所选标注（未选择时新建一个）；按住 Ctrl 擦除；%1。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::DatasetBrowserDock</name>
    <message>
        <source>Dataset Browser</source>
        <translation>数据集浏览器</translation>
    </message>
    <message>
        <source>Checking samples… %1 / %2</source>
        <translation>正在检查样本… %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) are broken (red); the others are usable.</source>
        <translation>
            <numerusform>%n 个样本已损坏（红色）；其余样本可用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sample(s) can be read.</source>
        <translation>
            <numerusform>全部 %n 个样本均可读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Dataset…</source>
        <translation>打开数据集…</translation>
    </message>
    <message>
        <source>A RefSegRS or RRSIS-D folder, or a folder a project was exported to</source>
        <translation>RefSegRS 或 RRSIS-D 文件夹，或项目导出到的文件夹</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <source>Filter by id, expression or category</source>
        <translation>按 ID、指代表达式或类别筛选</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>所有划分</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Run the current model on this sample and score it (Ctrl+Shift+P)</source>
        <translation>在此样本上运行当前模型并评分（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Edit in Project</source>
        <translation>在项目中编辑</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Not a dataset: %1</source>
        <translation>不是数据集：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sample(s)</source>
        <translation>
            <numerusform>%1：%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken sample: %1</source>
        <translation>样本已损坏：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;“%4”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3）&lt;br&gt;“%4”</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#28b45a&apos;&gt;■&lt;/span&gt; ground truth</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#28b45a&apos;&gt;■&lt;/span&gt; 真值</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#ff28c8&apos;&gt;□&lt;/span&gt; prediction, IoU %1 %</source>
        <translation>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#ff28c8&apos;&gt;□&lt;/span&gt; 预测，IoU %1 %</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>正在预测…</translation>
    </message>
    <message>
        <source>The model could not run: %1</source>
        <translation>模型无法运行：%1</translation>
    </message>
    <message>
        <source>Open the selected samples&apos; chips as images of the project, each with its sample as an annotation (split kept); export them again to save corrections as new samples (Ctrl+Return)</source>
        <translation>将所选样本的切片作为项目图像打开，每个样本作为一个标注（保留划分）；再次导出即可将修正保存为新样本（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::DatasetSampleModel</name>
    <message>
        <source>broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>指代表达式</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>IoU %</source>
        <translation>IoU %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::EditTools</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source> Brush: </source>
        <translation> 画笔：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Brush radius in image pixels ([ and ] change it)</source>
        <translation>画笔半径，单位为影像像素（[ 和 ] 键调整）</translation>
    </message>
    <message>
        <source> Tolerance: </source>
        <translation> 容差：</translation>
    </message>
    <message>
        <source>Magic wand: how far a colour may be from the clicked one (0-255 per channel)</source>
        <translation>魔棒：颜色与所点击颜色之间允许的最大差异（每通道 0-255）</translation>
    </message>
    <message>
        <source>Fill &amp;Holes</source>
        <translation>填充孔洞(&amp;H)</translation>
    </message>
    <message>
        <source>Remove &amp;Small Regions…</source>
        <translation>移除小区域(&amp;S)…</translation>
    </message>
    <message>
        <source>Remove regions smaller than (pixels):</source>
        <translation>移除小于以下面积的区域（像素）：</translation>
    </message>
    <message>
        <source>&amp;Grow…</source>
        <translation>扩张(&amp;G)…</translation>
    </message>
    <message>
        <source>Grow the mask by (pixels):</source>
        <translation>掩膜扩张量（像素）：</translation>
    </message>
    <message>
        <source>Shrin&amp;k…</source>
        <translation>收缩(&amp;K)…</translation>
    </message>
    <message>
        <source>Shrink the mask by (pixels):</source>
        <translation>掩膜收缩量（像素）：</translation>
    </message>
    <message>
        <source>Keep &amp;Largest Region</source>
        <translation>保留最大区域(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>清空掩膜(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::EngineLoader</name>
    <message>
        <source>not a model engine module (it has no %1)</source>
        <translation>不是模型引擎模块（缺少 %1）</translation>
    </message>
    <message>
        <source>built for another version of RRSIS Studio</source>
        <translation>为另一个版本的 RRSIS Studio 构建</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1：未找到</translation>
    </message>
    <message>
        <source>The model engine (LibTorch) could not be loaded, so no model can run; images and annotations work as usual. Reinstalling RRSIS Studio should repair it. Tried: %1</source>
        <translation>无法加载模型引擎（LibTorch），因此无法运行模型；影像和标注照常可用。重新安装 RRSIS Studio 应可修复。已尝试：%1</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::EvaluateDialog</name>
    <message>
        <source>Evaluate Model</source>
        <translation>评估模型</translation>
    </message>
    <message>
        <source>A RefSegRS or RRSIS-D folder</source>
        <translation>RefSegRS 或 RRSIS-D 文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <source>LAVT (prediction at the model input, IoU 0 for an empty union)</source>
        <translation>LAVT（在模型输入尺寸上预测，并集为空时 IoU 为 0）</translation>
    </message>
    <message>
        <source>Native resolution</source>
        <translation>原生分辨率</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>oIoU</source>
        <translation>oIoU</translation>
    </message>
    <message>
        <source>mIoU</source>
        <translation>mIoU</translation>
    </message>
    <message>
        <source>Double-click to show the sample in the Dataset Browser</source>
        <translation>双击可在数据集浏览器中显示该样本</translation>
    </message>
    <message>
        <source>Worst samples:</source>
        <translation>最差样本：</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b41e1e&apos;&gt;&lt;b&gt;The evaluation failed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b41e1e&apos;&gt;&lt;b&gt;评估失败：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 samples, %2 split&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 个样本，%2 划分&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol: %1. Model: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;协议：%1。模型：%2。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#b41e1e&apos;&gt;%n unreadable sample(s) left out.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#b41e1e&apos;&gt;已略去 %n 个无法读取的样本。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1  IoU %2 %  “%3”</source>
        <translation>%1  IoU %2 %  “%3”</translation>
    </message>
    <message>
        <source>Save the Report in</source>
        <translation>将报告保存到</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>无法保存报告</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <source>RefSegRS samples (appended to a folder)</source>
        <translation>RefSegRS 样本（追加到文件夹）</translation>
    </message>
    <message>
        <source>RRSIS-D / RefCOCO dataset (new folder)</source>
        <translation>RRSIS-D / RefCOCO 数据集（新文件夹）</translation>
    </message>
    <message>
        <source>COCO instances (JSON file)</source>
        <translation>COCO 实例（JSON 文件）</translation>
    </message>
    <message>
        <source>Mask GeoTIFF per annotation (new folder)</source>
        <translation>每个标注一个掩膜 GeoTIFF（新文件夹）</translation>
    </message>
    <message>
        <source>Label GeoTIFF per scene (new folder)</source>
        <translation>每个场景一个标签 GeoTIFF（新文件夹）</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GeoJSON (WGS 84)</source>
        <translation>GeoJSON（WGS 84）</translation>
    </message>
    <message>
        <source>Shapefile (new folder)</source>
        <translation>Shapefile（新文件夹）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Chip size:</source>
        <translation>切片尺寸：</translation>
    </message>
    <message>
        <source>the image&apos;s</source>
        <translation>图像本身的</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Ground size of a chip pixel; RefSegRS uses 0.13 m. Needs georeferenced images.</source>
        <translation>切片像素的地面尺寸；RefSegRS 使用 0.13 米。需要有地理参考的图像。</translation>
    </message>
    <message>
        <source>Ground resolution:</source>
        <translation>地面分辨率：</translation>
    </message>
    <message>
        <source>Train share:</source>
        <translation>训练比例：</translation>
    </message>
    <message>
        <source>Validation share:</source>
        <translation>验证比例：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Masks as polygons (holes are filled)</source>
        <translation>掩膜以多边形表示（孔洞会被填充）</translation>
    </message>
    <message>
        <source>none (every pixel edge)</source>
        <translation>无（保留每条像素边）</translation>
    </message>
    <message>
        <source>Douglas-Peucker tolerance in map units (pixels for images without georeferencing).</source>
        <translation>Douglas-Peucker 容差，以地图单位表示（无地理参考的图像为像素）。</translation>
    </message>
    <message>
        <source>Simplify by:</source>
        <translation>简化容差：</translation>
    </message>
    <message>
        <source>Replace it if it exists</source>
        <translation>若已存在则替换</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO JSON (*.json)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>RefSegRS Folder (new samples are appended)</source>
        <translation>RefSegRS 文件夹（新样本将被追加）</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新文件夹</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>正在导出标注…</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>导出已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个标注写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source> Cancelled: the remaining annotations were not exported.</source>
        <translation> 已取消：其余标注未导出。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::IoUHistogramView</name>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>IoU per sample (%)</source>
        <translation>每个样本的 IoU（%）</translation>
    </message>
    <message>
        <source>IoU from (%)</source>
        <translation>IoU 区间下限（%）</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::LayersDock</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <source>Pixels whose probability reaches the threshold belong to the mask. Changes apply at once, without running the model again; hand edits stay.</source>
        <translation>概率达到阈值的像素属于掩膜。更改立即生效，无需重新运行模型；手动编辑会保留。</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <source>e.g. vehicle, building, road</source>
        <translation>例如：车辆、建筑、道路</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Choose the annotation&apos;s colour</source>
        <translation>选择标注的颜色</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected annotations (Delete)</source>
        <translation>移除所选标注（Delete）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected annotation</source>
        <translation>复制所选标注</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Join the masks of the selected annotations into the current one</source>
        <translation>将所选标注的掩膜合并到当前标注</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Run the model again on the expression, over the current view; hand edits are kept</source>
        <translation>在当前视图上以该指代表达式重新运行模型；保留手动编辑</translation>
    </message>
    <message>
        <source>Annotation Colour</source>
        <translation>标注颜色</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Annotation(s)</source>
        <translation>
            <numerusform>移除 %n 个标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn by hand · edited %n time(s)</source>
        <translation>
            <numerusform>手动绘制 · 编辑 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 x %3 px at (%4, %5) · %6 · %7 s · edited %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 x %3 像素，位于 (%4, %5) · %6 · %7 秒 · 编辑 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Type an expression in the Find bar (Ctrl+L) to add a layer, or paint with the Brush (B).</source>
        <translation>在查找栏中输入指代表达式（Ctrl+L）以添加图层，或使用画笔（B）绘制。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::LearningTools</name>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>评估(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Train on These Annotations…</source>
        <translation>用这些标注训练(&amp;T)…</translation>
    </message>
    <message>
        <source>Opening %1 in the Dataset Browser…</source>
        <translation>正在数据集浏览器中打开 %1…</translation>
    </message>
    <message>
        <source>Load Sample Mask</source>
        <translation>载入样本掩膜</translation>
    </message>
    <message>
        <source>The chip could not be opened.</source>
        <translation>无法打开该切片。</translation>
    </message>
    <message>
        <source>Sample %1: %2</source>
        <translation>样本 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) are now annotations: correct them, then export the project to save them as new samples.</source>
        <translation>
            <numerusform>%n 个样本现已成为标注：请修正它们，然后导出项目，将其保存为新样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening samples… %1 left</source>
        <translation>正在打开样本… 还剩 %1 个</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::MagicWandTool</name>
    <message>
        <source>Magic Wand</source>
        <translation>魔棒</translation>
    </message>
    <message>
        <source>Magic Wand: click to add the region of similar colour (tolerance %1), Ctrl+click to remove it.</source>
        <translation>魔棒：单击添加颜色相近的区域（容差 %1），Ctrl+单击将其移除。</translation>
    </message>
    <message>
        <source>The magic wand cannot read the image: %1</source>
        <translation>魔棒无法读取影像：%1</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::MainWindow</name>
    <message>
        <source>RRSIS Studio</source>
        <translation>RRSIS Studio</translation>
    </message>
    <message>
        <source>Build Overviews</source>
        <translation>构建金字塔</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Cannot read part of the image: %1</source>
        <translation>无法读取影像的一部分：%1</translation>
    </message>
    <message>
        <source>Open an image with File ▸ Open (Ctrl+O) or drop a file on the window.</source>
        <translation>通过 文件 ▸ 打开（Ctrl+O）打开影像，或将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>打开影像(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Image</source>
        <translation>关闭影像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Build &amp;Overviews…</source>
        <translation>构建金字塔(&amp;O)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (1:1)</source>
        <translation>实际像素 (1:1)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Bands and Stretch…</source>
        <translation>波段与拉伸(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About RRSIS Studio</source>
        <translation>关于 RRSIS Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Raster images (*.tif *.tiff *.vrt *.jp2 *.png *.jpg *.jpeg *.img *.ntf);;All files (*)</source>
        <translation>栅格影像 (*.tif *.tiff *.vrt *.jp2 *.png *.jpg *.jpeg *.img *.ntf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>打开影像</translation>
    </message>
    <message>
        <source>About RRSIS Studio</source>
        <translation>关于 RRSIS Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RRSIS Studio %1&lt;/h3&gt;&lt;p&gt;Referring remote sensing image segmentation: find what an expression describes in aerial and satellite imagery.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RRSIS Studio %1&lt;/h3&gt;&lt;p&gt;遥感影像指代分割：在航空与卫星影像中找出描述语句所指的目标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>影像信息</translation>
    </message>
    <message>
        <source>Still opening %1…</source>
        <translation>仍在打开 %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot Open Image</source>
        <translation>无法打开影像</translation>
    </message>
    <message>
        <source>%1 – RRSIS Studio</source>
        <translation>%1 – RRSIS Studio</translation>
    </message>
    <message>
        <source>Display statistics: %1</source>
        <translation>显示统计：%1</translation>
    </message>
    <message>
        <source>The sampled pixels of this image are all nodata.</source>
        <translation>该影像的采样像素全部为无数据值。</translation>
    </message>
    <message>
        <source>Opened %1 (%2 x %3, %4 band(s)).</source>
        <translation>已打开 %1（%2 x %3，%4 个波段）。</translation>
    </message>
    <message>
        <source>This image is large and has no overviews, so zoomed-out views show a sparse preview. Build overviews (into a separate .ovr file) for full quality?</source>
        <translation>该影像很大且没有金字塔，缩小视图时只显示稀疏预览。是否构建金字塔（写入单独的 .ovr 文件）以获得完整质量？</translation>
    </message>
    <message>
        <source>Overviews Not Built</source>
        <translation>未构建金字塔</translation>
    </message>
    <message>
        <source>Overviews built; reopening %1.</source>
        <translation>金字塔已构建，正在重新打开 %1。</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Model &amp;Information…</source>
        <translation>模型信息(&amp;I)…</translation>
    </message>
    <message>
        <source>Open Model Bundle (a folder with model.json)</source>
        <translation>打开模型包（包含 model.json 的文件夹）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Recent &amp;Models</source>
        <translation>最近使用的模型(&amp;R)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找工具栏</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>掩膜(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>%1 changed since it was annotated: check that the annotations still fit.</source>
        <translation>%1 自标注以来已更改：请检查标注是否仍然吻合。</translation>
    </message>
    <message>
        <source>Image Size Changed</source>
        <translation>影像尺寸已更改</translation>
    </message>
    <message>
        <source>%1 is now %2 x %3 pixels; its annotations were made on %4 x %5. They are shown as they were.</source>
        <translation>%1 现在为 %2 x %3 像素；其标注是在 %4 x %5 上创建的。标注按原样显示。</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>标注 %1</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>移除影像</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n annotation(s) from the project? The image file stays.</source>
        <translation>
            <numerusform>从项目中移除 %1 及其 %n 个标注？影像文件会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>最近的项目(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>The project has no annotations yet.</source>
        <translation>项目中还没有标注。</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Stop training and close? The finished epochs are kept: Model ▸ Train on These Annotations ▸ Resume continues the run.</source>
        <translation>停止训练并关闭？已完成的轮次会保留：通过 模型 ▸ 用这些标注训练 ▸ 继续 可接着训练。</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Annotations (*.json *.gpkg *.geojson *.shp *.tif *.tiff *.p);;All files (*)</source>
        <translation>标注 (*.json *.gpkg *.geojson *.shp *.tif *.tiff *.p);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ModelInfoDialog</name>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>模型包：%1</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>架构：%1</translation>
    </message>
    <message>
        <source>Tokenizer: %1, %2 entries, %3 tokens</source>
        <translation>分词器：%1，%2 个词条，%3 个词元</translation>
    </message>
    <message>
        <source>Input size: %1 x %2</source>
        <translation>输入尺寸：%1 x %2</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数量：%1</translation>
    </message>
    <message>
        <source>Native ground sample distance: %1 m</source>
        <translation>原生地面采样距离：%1 m</translation>
    </message>
    <message>
        <source>Trained on: %1</source>
        <translation>训练数据：%1</translation>
    </message>
    <message>
        <source>Model Information</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>oIoU %1, mIoU %2, Prec@0.5 %3 (%4 samples)</source>
        <translation>oIoU %1，mIoU %2，Prec@0.5 %3（%4 个样本）</translation>
    </message>
    <message>
        <source>Test split: %1</source>
        <translation>测试划分：%1</translation>
    </message>
    <message>
        <source>Validation split: %1</source>
        <translation>验证划分：%1</translation>
    </message>
    <message>
        <source>Device: %1, %2 thread(s), %3</source>
        <translation>设备：%1，%2 个线程，%3</translation>
    </message>
    <message>
        <source>Object and position words: %1</source>
        <translation>目标词与位置词：%1</translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation>实现：%1</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::OverviewTask</name>
    <message>
        <source>Building Overviews</source>
        <translation>正在构建金字塔</translation>
    </message>
    <message>
        <source>Building overviews for
%1
into an external .ovr file (the image itself is not changed).</source>
        <translation>正在为
%1
构建金字塔，写入外部 .ovr 文件（影像本身不会被修改）。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::PanTool</name>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Pan: drag to move the picture (Space or the middle button pans with any tool).</source>
        <translation>平移：拖动以移动画面（使用任何工具时，按住空格键或鼠标中键均可平移）。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::PolygonTool</name>
    <message>
        <source>Polygon / Lasso</source>
        <translation>多边形 / 套索</translation>
    </message>
    <message>
        <source>Polygon / Lasso: click vertices or drag freehand; Enter or double-click adds the shape, Ctrl+Enter or Ctrl+double-click subtracts it; Esc cancels.</source>
        <translation>多边形 / 套索：单击放置顶点或拖动徒手绘制；Enter 或双击添加该形状，Ctrl+Enter 或 Ctrl+双击减去该形状；Esc 取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n vertex(es); Enter or double-click closes (Ctrl subtracts), Backspace removes the last, Esc cancels.</source>
        <translation>
            <numerusform>%n 个顶点；Enter 或双击闭合（按住 Ctrl 则减去），Backspace 删除最后一个，Esc 取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>A polygon needs at least three vertices.</source>
        <translation>多边形至少需要三个顶点。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Tile cache:</source>
        <translation>瓦片缓存：</translation>
    </message>
    <message>
        <source>All CPUs (%1)</source>
        <translation>全部 CPU（%1）</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>工作线程：</translation>
    </message>
    <message>
        <source>Default stretch, low percentile:</source>
        <translation>默认拉伸，低百分位：</translation>
    </message>
    <message>
        <source>Default stretch, high percentile:</source>
        <translation>默认拉伸，高百分位：</translation>
    </message>
    <message>
        <source>Stretch 8-bit imagery too (otherwise shown as stored)</source>
        <translation>也拉伸 8 位影像（否则按原值显示）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Model threads:</source>
        <translation>模型线程：</translation>
    </message>
    <message>
        <source>Run models on the CPU even when a GPU is present</source>
        <translation>即使有 GPU 也在 CPU 上运行模型</translation>
    </message>
    <message>
        <source>A new language applies when the studio restarts; model settings apply when the next model is loaded.</source>
        <translation>新语言将在 RRSIS Studio 重启后生效；模型设置将在加载下一个模型时生效。</translation>
    </message>
    <message>
        <source>Automatic (bf16 where the hardware computes it)</source>
        <translation>自动（硬件支持时使用 bf16）</translation>
    </message>
    <message>
        <source>fp32 (exact)</source>
        <translation>fp32（精确）</translation>
    </message>
    <message>
        <source>bf16 (faster, 99.9 % of mask pixels equal)</source>
        <translation>bf16（更快，99.9% 的掩膜像素相同）</translation>
    </message>
    <message>
        <source>Number format of the LAVT family&apos;s forward pass; other models run in fp32. Applies when a model is next loaded.</source>
        <translation>LAVT 系列前向计算的数值格式；其他模型使用 fp32。下次加载模型时生效。</translation>
    </message>
    <message>
        <source>Model precision:</source>
        <translation>模型精度：</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ProjectSession</name>
    <message>
        <source>RRSIS Studio projects (*.rrsisproj)</source>
        <translation>RRSIS Studio 项目 (*.rrsisproj)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>Edits are not being made crash-safe: %1</source>
        <translation>编辑内容未受崩溃保护：%1</translation>
    </message>
    <message>
        <source>The recovery journal is being written again.</source>
        <translation>恢复日志已重新开始写入。</translation>
    </message>
    <message>
        <source>No crash recovery for this session: %1</source>
        <translation>此会话没有崩溃恢复：%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>项目已被打开</translation>
    </message>
    <message>
        <source>%1 is open in another RRSIS Studio. It is opened here read-only: use Save As to keep changes.</source>
        <translation>%1 已在另一个 RRSIS Studio 中打开。此处将以只读方式打开：请使用“另存为”保留更改。</translation>
    </message>
    <message>
        <source>Images Changed</source>
        <translation>影像已更改</translation>
    </message>
    <message>
        <source>These images changed since they were annotated; check that the annotations still fit:
%1</source>
        <translation>以下影像自标注以来已更改；请检查标注是否仍然吻合：
%1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>未找到影像：%1</translation>
    </message>
    <message>
        <source>Image Not Found</source>
        <translation>未找到影像</translation>
    </message>
    <message>
        <source>The image %1 is not where the project says. Locate it?</source>
        <translation>影像 %1 不在项目记录的位置。是否手动定位？</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>The project has no file name.</source>
        <translation>项目没有文件名。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>%1 is open in another RRSIS Studio.</source>
        <translation>%1 已在另一个 RRSIS Studio 中打开。</translation>
    </message>
    <message>
        <source>%1

Your work is still here and in the recovery journal.</source>
        <translation>%1

您的工作仍保留在此处和恢复日志中。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>RRSIS Studio stopped before %1 was saved (%2 annotation(s) in %3 image(s)). Recover that work?

No keeps it to decide at the next start; Discard deletes it.</source>
        <translation>RRSIS Studio 在保存%1之前停止了（%3 张影像中的 %2 个标注）。是否恢复这些工作？

选择“否”将保留它们，留待下次启动时再决定；选择“放弃”将删除它们。</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n record(s) of unsaved work.</source>
        <translation>
            <numerusform>已恢复 %n 条未保存工作的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rrsis::ui::QueryBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Describe what to find, e.g. “the red car on the left”  (Ctrl+L)</source>
        <translation>描述要查找的目标，例如“the red car on the left”  （Ctrl+L）</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>Area of interest</source>
        <translation>感兴趣区域</translation>
    </message>
    <message>
        <source>Whole scene (tiled)</source>
        <translation>整个场景（分块）</translation>
    </message>
    <message>
        <source>Which part of the image the query covers. Spatial words (“left”, “top”) refer to the current view; tiled mode finds every match in the scene at the model&apos;s native scale.</source>
        <translation>查询覆盖影像的哪一部分。方位词（“left”、“top”）以当前视图为参照；分块模式会在模型原生尺度下找出场景中的所有匹配目标。</translation>
    </message>
    <message>
        <source>Draw Area</source>
        <translation>绘制区域</translation>
    </message>
    <message>
        <source>Drag a rectangle on the image to set the area of interest (R). A click without dragging clears it.</source>
        <translation>在影像上拖出矩形以设置感兴趣区域（R）。单击而不拖动则清除该区域。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Run the expression (Enter)</source>
        <translation>运行指代表达式（Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running query (Esc)</source>
        <translation>取消正在运行的查询（Esc）</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::QueryController</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running query (Esc in the Find bar)</source>
        <translation>取消正在运行的查询（在查找栏中按 Esc）</translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation>正在加载模型 %1…</translation>
    </message>
    <message>
        <source>Model “%1” is ready on %2.</source>
        <translation>模型“%1”已在 %2 上就绪。</translation>
    </message>
    <message>
        <source>Cannot Load Model</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>%v / %m windows</source>
        <translation>%v / %m 个窗口</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Query Failed</source>
        <translation>查询失败</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Open an image first.</source>
        <translation>请先打开影像。</translation>
    </message>
    <message>
        <source>Load a model first (Model ▸ Open Model…).</source>
        <translation>请先加载模型（模型 ▸ 打开模型…）。</translation>
    </message>
    <message>
        <source>Type what to find, for example “the red car on the left”.</source>
        <translation>请输入要查找的目标，例如“the red car on the left”。</translation>
    </message>
    <message>
        <source>Draw an area of interest first: press R and drag on the image.</source>
        <translation>请先绘制感兴趣区域：按 R 键并在影像上拖动。</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>“%1”: nothing reached the threshold. Try lowering it in the Layers panel.</source>
        <translation>“%1”：没有像素达到阈值。请尝试在“图层”面板中降低阈值。</translation>
    </message>
    <message>
        <source>“%1”: %2 (model %3 ms, %4 window(s)).</source>
        <translation>“%1”：%2（模型 %3 毫秒，%4 个窗口）。</translation>
    </message>
    <message>
        <source>The model is loading.</source>
        <translation>模型正在加载。</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · last query %1</source>
        <translation> · 上次查询 %1</translation>
    </message>
    <message>
        <source>Nothing to run again.</source>
        <translation>没有可重新运行的内容。</translation>
    </message>
    <message>
        <source>The scene was closed before the answer came.</source>
        <translation>结果返回之前场景已被关闭。</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ScenesDock</name>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Add Image…</source>
        <translation>添加影像…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected image and its annotations from the project (the file stays)</source>
        <translation>从项目中移除所选影像及其标注（文件保留）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1（%n 个标注）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — 未找到</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ScriptedSession</name>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Find (focus the Find bar)</source>
        <translation>查找（聚焦到查找栏）</translation>
    </message>
    <message>
        <source>Pan with any tool</source>
        <translation>使用任何工具时平移</translation>
    </message>
    <message>
        <source>Space + drag, middle button drag, arrow keys</source>
        <translation>空格键 + 拖动、中键拖动、方向键</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <source>Brush size smaller / larger</source>
        <translation>画笔尺寸减小 / 增大</translation>
    </message>
    <message>
        <source>Brush: erase instead of paint</source>
        <translation>画笔：擦除而非绘制</translation>
    </message>
    <message>
        <source>Ctrl + drag</source>
        <translation>Ctrl + 拖动</translation>
    </message>
    <message>
        <source>Polygon: close and add / subtract</source>
        <translation>多边形：闭合并添加 / 减去</translation>
    </message>
    <message>
        <source>Enter or double-click / Ctrl+Enter</source>
        <translation>Enter 或双击 / Ctrl+Enter</translation>
    </message>
    <message>
        <source>Polygon: remove the last vertex, cancel</source>
        <translation>多边形：删除最后一个顶点、取消</translation>
    </message>
    <message>
        <source>Backspace, Esc</source>
        <translation>Backspace、Esc</translation>
    </message>
    <message>
        <source>Magic wand: remove instead of add</source>
        <translation>魔棒：移除而非添加</translation>
    </message>
    <message>
        <source>Ctrl + click</source>
        <translation>Ctrl + 单击</translation>
    </message>
    <message>
        <source>Cancel the running query</source>
        <translation>取消正在运行的查询</translation>
    </message>
    <message>
        <source>Esc in the Find bar</source>
        <translation>在查找栏中按 Esc</translation>
    </message>
    <message>
        <source>Query history</source>
        <translation>查询历史</translation>
    </message>
    <message>
        <source>Up / Down in the Find bar</source>
        <translation>在查找栏中按上 / 下方向键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::StatusInfo</name>
    <message>
        <source>nodata</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Pixel %1, %2</source>
        <translation>像素 %1, %2</translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation>未知坐标参考系</translation>
    </message>
    <message>
        <source>Map %1, %2 (%3)</source>
        <translation>地图 %1, %2（%3）</translation>
    </message>
    <message>
        <source>no georeferencing</source>
        <translation>无地理参考</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <source>full resolution</source>
        <translation>全分辨率</translation>
    </message>
    <message>
        <source>overview %1 (1:%2)</source>
        <translation>金字塔 %1（1:%2）</translation>
    </message>
    <message>
        <source>resampled 1:%1</source>
        <translation>重采样 1:%1</translation>
    </message>
    <message>
        <source>sparse preview 1:%1</source>
        <translation>稀疏预览 1:%1</translation>
    </message>
    <message>
        <source>Zoom %1 %  |  %2</source>
        <translation>缩放 %1 %  |  %2</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::TrainDialog</name>
    <message>
        <source>Train on These Annotations</source>
        <translation>用这些标注训练</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>基础模型：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: about 3,000 samples seen, 10 to 60 epochs</source>
        <translation>自动：约见过 3000 个样本，10 到 60 轮</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <source>Nothing (every layer learns)</source>
        <translation>无（所有层都参与学习）</translation>
    </message>
    <message>
        <source>Image backbone (faster, for very few annotations)</source>
        <translation>影像主干网络（更快，适合标注很少时）</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>文本编码器</translation>
    </message>
    <message>
        <source>Keep fixed:</source>
        <translation>保持固定：</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue the last run that was cancelled or cut short</source>
        <translation>继续上一次被取消或中断的训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <source>No model loaded: open one first (Model ▸ Open Model…)</source>
        <translation>未加载模型：请先打开一个模型（模型 ▸ 打开模型…）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n with an expression: </source>
        <translation>
            <numerusform>%n 个带指代表达式：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 train, %2 val, %3 test, %4 unassigned</source>
        <translation>训练 %1，验证 %2，测试 %3，未分配 %4</translation>
    </message>
    <message>
        <source>. None is marked val: a fifth of the others is held out to measure the gain.</source>
        <translation>。没有标注被设为验证：将从其余标注中留出五分之一来衡量提升。</translation>
    </message>
    <message numerus="yes">
        <source> %n of them mark nothing (“not here” examples).</source>
        <translation>
            <numerusform> 其中 %n 个不标记任何区域（“此处没有”示例）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>将在本批次后停止…</translation>
    </message>
    <message>
        <source>Save the project first: training reads its annotations from the project file.</source>
        <translation>请先保存项目：训练会从项目文件中读取标注。</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在继续…</translation>
    </message>
    <message>
        <source>Preparing the annotations…</source>
        <translation>正在准备标注…</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · loss %3 · %4 samples/s · about %5 left</source>
        <translation>第 %1/%2 轮 · 损失 %3 · %4 样本/秒 · 约剩 %5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Scoring the base and the new model on the held-out annotations…</source>
        <translation>正在用留出的标注评估基础模型和新模型…</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <source>Cancelled. The finished epochs are kept: Resume continues the run.</source>
        <translation>已取消。已完成的轮次会保留：点击“继续”可接着训练。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On %n held-out annotation(s):&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;在 %n 个留出的标注上：&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On the %n training annotation(s)&lt;/b&gt; (none could be held out):</source>
        <translation>
            <numerusform>&lt;b&gt;在 %n 个训练标注上&lt;/b&gt;（无法留出任何标注）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;base&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;fine-tuned&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;基础模型&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;微调后&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>mIoU %</source>
        <translation>mIoU %</translation>
    </message>
    <message>
        <source>oIoU %</source>
        <translation>oIoU %</translation>
    </message>
    <message>
        <source>Prec@0.5 %</source>
        <translation>Prec@0.5 %</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::TrainingCurvesView</name>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation mIoU %</source>
        <translation>验证 mIoU %</translation>
    </message>
    <message>
        <source>validation oIoU %</source>
        <translation>验证 oIoU %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>IoU %</source>
        <translation>IoU %</translation>
    </message>
</context>
</TS>
