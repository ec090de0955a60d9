<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GdalRasterSource</name>
    <message>
        <source>unknown GDAL error</source>
        <translation>unbekannter GDAL-Fehler</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not an image file.</source>
        <translation>„%1“ ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (permission denied).</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes).</source>
        <translation>Die Datei „%1“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>Cannot open “%1” as a raster: %2</source>
        <translation>„%1“ kann nicht als Raster geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” has no raster bands (is it a vector file or a container?).</source>
        <translation>„%1“ hat keine Rasterbänder (ist es eine Vektordatei oder ein Container?).</translation>
    </message>
    <message>
        <source>“%1” has an empty size (%2 x %3 pixels).</source>
        <translation>„%1“ hat eine leere Größe (%2 x %3 Pixel).</translation>
    </message>
    <message>
        <source>Band %1 of “%2” has the sample type %3, which RRSIS Studio does not read.</source>
        <translation>Band %1 von „%2“ hat den Datentyp %3, den RRSIS Studio nicht liest.</translation>
    </message>
    <message>
        <source>Cannot reopen “%1”: %2</source>
        <translation>„%1“ kann nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Band %1 does not exist (the raster has %2 band(s)).</source>
        <translation>Band %1 existiert nicht (das Raster hat %2 Band/Bänder).</translation>
    </message>
    <message>
        <source>Bands %1 and %2 have different sample types.</source>
        <translation>Die Bänder %1 und %2 haben verschiedene Datentypen.</translation>
    </message>
    <message>
        <source>Level %1 does not exist (the raster has %2 overview(s)).</source>
        <translation>Stufe %1 existiert nicht (das Raster hat %2 Übersicht(en)).</translation>
    </message>
    <message>
        <source>The window %1,%2 %3x%4 lies outside the %5x%6 level %7.</source>
        <translation>Das Fenster %1,%2 %3x%4 liegt außerhalb der %5x%6 großen Stufe %7.</translation>
    </message>
    <message>
        <source>Overview %1 of band %2 is missing.</source>
        <translation>Übersicht %1 von Band %2 fehlt.</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>Das Lesen von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the mask of “%1” failed: %2</source>
        <translation>Das Lesen der Maske von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Empty sparse read.</source>
        <translation>Leerer stichprobenartiger Lesezugriff.</translation>
    </message>
</context>
<context>
    <name>OverviewBuilder</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The image is too small to need overviews.</source>
        <translation>Das Bild ist zu klein, um Übersichten zu benötigen.</translation>
    </message>
    <message>
        <source>Building overviews was cancelled.</source>
        <translation>Das Erstellen der Übersichten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Building overviews for “%1” failed: %2</source>
        <translation>Das Erstellen der Übersichten für „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RasterInfo</name>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Driver: %1 (%2)</source>
        <translation>Treiber: %1 (%2)</translation>
    </message>
    <message>
        <source>Size: %1 x %2 pixels, %3 band(s)</source>
        <translation>Größe: %1 x %2 Pixel, %3 Band/Bänder</translation>
    </message>
    <message>
        <source>Block size: %1 x %2</source>
        <translation>Blockgröße: %1 x %2</translation>
    </message>
    <message>
        <source>Band %1: %2, %3</source>
        <translation>Band %1: %2, %3</translation>
    </message>
    <message>
        <source>, nodata %1</source>
        <translation>, NoData %1</translation>
    </message>
    <message>
        <source>, masked</source>
        <translation>, maskiert</translation>
    </message>
    <message>
        <source>Overviews: none</source>
        <translation>Übersichten: keine</translation>
    </message>
    <message>
        <source>Overviews: %1</source>
        <translation>Übersichten: %1</translation>
    </message>
    <message>
        <source>Georeferencing: none (pixel coordinates only)</source>
        <translation>Georeferenzierung: keine (nur Pixelkoordinaten)</translation>
    </message>
    <message>
        <source>Origin: (%1, %2)</source>
        <translation>Ursprung: (%1, %2)</translation>
    </message>
    <message>
        <source>Pixel size: (%1, %2)</source>
        <translation>Pixelgröße: (%1, %2)</translation>
    </message>
    <message>
        <source>Rotation terms: (%1, %2)</source>
        <translation>Rotationsterme: (%1, %2)</translation>
    </message>
    <message>
        <source>Extent: (%1, %2) - (%3, %4)</source>
        <translation>Ausdehnung: (%1, %2) - (%3, %4)</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>KBS: %1</translation>
    </message>
    <message>
        <source>CRS: none</source>
        <translation>KBS: keines</translation>
    </message>
</context>
<context>
    <name>SceneStatistics</name>
    <message>
        <source>full image %1 x %2</source>
        <translation>dem ganzen Bild %1 x %2</translation>
    </message>
    <message>
        <source>overview %1 x %2</source>
        <translation>der Übersicht %1 x %2</translation>
    </message>
    <message>
        <source>a sparse sample of %1 x %1 blocks</source>
        <translation>einer Stichprobe von %1 x %1 Blöcken</translation>
    </message>
</context>
<context>
    <name>SceneSynthesizer</name>
    <message>
        <source>GDAL lacks the MEM or GTiff driver.</source>
        <translation>GDAL fehlt der MEM- oder GTiff-Treiber.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot build overviews in “%1”: %2</source>
        <translation>Übersichten in „%1“ können nicht erstellt werden: %2</translation>
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
        <translation>Aufruf: rrsis &lt;Befehl&gt; [Optionen]

Befehle:
  info DATEI [--json]         Metadaten eines Rasters ausgeben
  synth-scene --out DATEI     Eine synthetische Luftbildszene schreiben (GeoTIFF)

'rrsis &lt;Befehl&gt; --help' zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Print the metadata of a raster file.</source>
        <translation>Die Metadaten einer Rasterdatei ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>The raster to describe.</source>
        <translation>Das zu beschreibende Raster.</translation>
    </message>
    <message>
        <source>rrsis info: expected exactly one file.</source>
        <translation>rrsis info: genau eine Datei erwartet.</translation>
    </message>
    <message>
        <source>rrsis info: %1</source>
        <translation>rrsis info: %1</translation>
    </message>
    <message>
        <source>Write a synthetic aerial scene (roads, buildings, vehicles, trees, water) as a georeferenced GeoTIFF with overviews.</source>
        <translation>Eine synthetische Luftbildszene (Straßen, Gebäude, Fahrzeuge, Bäume, Wasser) als georeferenziertes GeoTIFF mit Übersichten schreiben.</translation>
    </message>
    <message>
        <source>Output GeoTIFF.</source>
        <translation>Ausgabe-GeoTIFF.</translation>
    </message>
    <message>
        <source>Width in pixels (default 2048).</source>
        <translation>Breite in Pixeln (Standard 2048).</translation>
    </message>
    <message>
        <source>Height in pixels (default 2048).</source>
        <translation>Höhe in Pixeln (Standard 2048).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <source>JPEG quality (default 85).</source>
        <translation>JPEG-Qualität (Standard 85).</translation>
    </message>
    <message>
        <source>rrsis synth-scene: --out is required; width and height must be 64..20000, quality 1..100.</source>
        <translation>rrsis synth-scene: --out ist erforderlich; Breite und Höhe müssen 64..20000 sein, Qualität 1..100.</translation>
    </message>
    <message>
        <source>rrsis synth-scene: %1</source>
        <translation>rrsis synth-scene: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 x %3 pixels, %4 objects).</source>
        <translation>%1 geschrieben (%2 x %3 Pixel, %4 Objekte).</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::BandsDialog</name>
    <message>
        <source>Bands and Stretch</source>
        <translation>Bänder und Streckung</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <source>RGB composite</source>
        <translation>RGB-Komposit</translation>
    </message>
    <message>
        <source>Single band (gray)</source>
        <translation>Einzelnes Band (grau)</translation>
    </message>
    <message>
        <source>Display:</source>
        <translation>Anzeige:</translation>
    </message>
    <message>
        <source>Red:</source>
        <translation>Rot:</translation>
    </message>
    <message>
        <source>Green:</source>
        <translation>Grün:</translation>
    </message>
    <message>
        <source>Blue:</source>
        <translation>Blau:</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Band %1</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Streckung</translation>
    </message>
    <message>
        <source>Percentiles of the scene</source>
        <translation>Perzentile der Szene</translation>
    </message>
    <message>
        <source>Minimum / maximum</source>
        <translation>Minimum / Maximum</translation>
    </message>
    <message>
        <source>Low:</source>
        <translation>Unten:</translation>
    </message>
    <message>
        <source>High:</source>
        <translation>Oben:</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Statistics from: %1</source>
        <translation>Statistik aus: %1</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Band:</translation>
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
        <translation>Übersichten erstellen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cannot read part of the image: %1</source>
        <translation>Ein Teil des Bildes kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open an image with File ▸ Open (Ctrl+O) or drop a file on the window.</source>
        <translation>Öffnen Sie ein Bild mit Datei ▸ Öffnen (Strg+O) oder ziehen Sie eine Datei auf das Fenster.</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Image</source>
        <translation>Bild &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Build &amp;Overviews…</source>
        <translation>Ü&amp;bersichten erstellen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (1:1)</source>
        <translation>&amp;Originalpixel (1:1)</translation>
    </message>
    <message>
        <source>&amp;Bands and Stretch…</source>
        <translation>&amp;Bänder und Streckung…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About RRSIS Studio</source>
        <translation>&amp;Über RRSIS Studio</translation>
    </message>
    <message>
        <source>Raster images (*.tif *.tiff *.vrt *.jp2 *.png *.jpg *.jpeg *.img *.ntf);;All files (*)</source>
        <translation>Rasterbilder (*.tif *.tiff *.vrt *.jp2 *.png *.jpg *.jpeg *.img *.ntf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>About RRSIS Studio</source>
        <translation>Über RRSIS Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RRSIS Studio %1&lt;/h3&gt;&lt;p&gt;Referring remote sensing image segmentation: find what an expression describes in aerial and satellite imagery.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RRSIS Studio %1&lt;/h3&gt;&lt;p&gt;Referenzierende Segmentierung von Fernerkundungsbildern: finden, was ein Ausdruck in Luft- und Satellitenbildern beschreibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>Bildinformationen</translation>
    </message>
    <message>
        <source>Still opening %1…</source>
        <translation>%1 wird noch geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot Open Image</source>
        <translation>Bild kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 – RRSIS Studio</source>
        <translation>%1 – RRSIS Studio</translation>
    </message>
    <message>
        <source>Display statistics: %1</source>
        <translation>Anzeigestatistik: %1</translation>
    </message>
    <message>
        <source>The sampled pixels of this image are all nodata.</source>
        <translation>Die Stichprobenpixel dieses Bildes sind alle NoData.</translation>
    </message>
    <message>
        <source>Opened %1 (%2 x %3, %4 band(s)).</source>
        <translation>%1 geöffnet (%2 x %3, %4 Band/Bänder).</translation>
    </message>
    <message>
        <source>This image is large and has no overviews, so zoomed-out views show a sparse preview. Build overviews (into a separate .ovr file) for full quality?</source>
        <translation>Dieses Bild ist groß und hat keine Übersichten, daher zeigen verkleinerte Ansichten eine grobe Vorschau. Übersichten (in einer separaten .ovr-Datei) für volle Qualität erstellen?</translation>
    </message>
    <message>
        <source>Overviews Not Built</source>
        <translation>Übersichten nicht erstellt</translation>
    </message>
    <message>
        <source>Overviews built; reopening %1.</source>
        <translation>Übersichten erstellt; %1 wird neu geöffnet.</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::OverviewTask</name>
    <message>
        <source>Building Overviews</source>
        <translation>Übersichten werden erstellt</translation>
    </message>
    <message>
        <source>Building overviews for
%1
into an external .ovr file (the image itself is not changed).</source>
        <translation>Übersichten für
%1
werden in eine externe .ovr-Datei geschrieben (das Bild selbst bleibt unverändert).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Tile cache:</source>
        <translation>Kachel-Cache:</translation>
    </message>
    <message>
        <source>All CPUs (%1)</source>
        <translation>Alle CPUs (%1)</translation>
    </message>
    <message>
        <source>Worker threads:</source>
        <translation>Arbeitsthreads:</translation>
    </message>
    <message>
        <source>Default stretch, low percentile:</source>
        <translation>Standardstreckung, unteres Perzentil:</translation>
    </message>
    <message>
        <source>Default stretch, high percentile:</source>
        <translation>Standardstreckung, oberes Perzentil:</translation>
    </message>
    <message>
        <source>Stretch 8-bit imagery too (otherwise shown as stored)</source>
        <translation>Auch 8-Bit-Bilder strecken (sonst wie gespeichert angezeigt)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when the studio restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart des Studios.</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::StatusInfo</name>
    <message>
        <source>nodata</source>
        <translation>NoData</translation>
    </message>
    <message>
        <source>Pixel %1, %2</source>
        <translation>Pixel %1, %2</translation>
    </message>
    <message>
        <source>unknown CRS</source>
        <translation>unbekanntes KBS</translation>
    </message>
    <message>
        <source>Map %1, %2 (%3)</source>
        <translation>Karte %1, %2 (%3)</translation>
    </message>
    <message>
        <source>no georeferencing</source>
        <translation>keine Georeferenzierung</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>full resolution</source>
        <translation>volle Auflösung</translation>
    </message>
    <message>
        <source>overview %1 (1:%2)</source>
        <translation>Übersicht %1 (1:%2)</translation>
    </message>
    <message>
        <source>resampled 1:%1</source>
        <translation>neu abgetastet 1:%1</translation>
    </message>
    <message>
        <source>sparse preview 1:%1</source>
        <translation>grobe Vorschau 1:%1</translation>
    </message>
    <message>
        <source>Zoom %1 %  |  %2</source>
        <translation>Zoom %1 %  |  %2</translation>
    </message>
</context>
</TS>