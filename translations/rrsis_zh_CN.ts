<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>rrsis</name>
    <message>
        <source>Usage: rrsis &lt;command&gt; [options]

Commands:
  info FILE [--json]          Print a raster's metadata
  synth-scene --out FILE      Write a synthetic aerial scene (GeoTIFF)

Run 'rrsis &lt;command&gt; --help' for a command's options.</source>
        <translation>用法：rrsis &lt;命令&gt; [选项]

命令：
  info 文件 [--json]          输出栅格的元数据
  synth-scene --out 文件      写出合成航空场景（GeoTIFF）

运行 'rrsis &lt;命令&gt; --help' 查看命令选项。</translation>
    </message>
    <message>
        <source>Print the metadata of a raster file.</source>
        <translation>输出栅格文件的元数据。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <source>The raster to describe.</source>
        <translation>要描述的栅格。</translation>
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
        <source>A new language applies when the studio restarts.</source>
        <translation>新语言将在重启后生效。</translation>
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
</TS>