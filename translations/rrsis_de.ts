<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnotationDocument</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>ClassMaskImport</name>
    <message>
        <source>The %1 folder %2 does not exist.</source>
        <translation>Der %1-Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 folder %2 is not a folder.</source>
        <translation>Der %1-Ordner %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1: another file has the base name “%2”; only %3 is used.</source>
        <translation>%1: Eine andere Datei hat den Basisnamen „%2“; nur %3 wird verwendet.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>%1 has no mask: skipped.</source>
        <translation>%1 hat keine Maske: übersprungen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no bands or is larger than 64 M pixels.</source>
        <translation>%1 hat keine Bänder oder ist größer als 64 Mio. Pixel.</translation>
    </message>
    <message>
        <source>%1 is not an 8-bit image.</source>
        <translation>%1 ist kein 8-Bit-Bild.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels but its mask %4 is %5 x %6: skipped.</source>
        <translation>%1 hat %2 x %3 Pixel, seine Maske %4 aber %5 x %6: übersprungen.</translation>
    </message>
    <message>
        <source>No class is given.</source>
        <translation>Es ist keine Klasse angegeben.</translation>
    </message>
    <message>
        <source>No folder of images and masks is given.</source>
        <translation>Es ist kein Ordner mit Bildern und Masken angegeben.</translation>
    </message>
    <message>
        <source>The chip size %1 is outside 16..8192 pixels.</source>
        <translation>Die Ausschnittgröße %1 liegt außerhalb von 16..8192 Pixeln.</translation>
    </message>
    <message>
        <source>The stride %1 is outside 1..8192 pixels.</source>
        <translation>Die Schrittweite %1 liegt außerhalb von 1..8192 Pixeln.</translation>
    </message>
    <message>
        <source>The scales must be distinct whole numbers within 1..64.</source>
        <translation>Die Skalierungsstufen müssen verschiedene ganze Zahlen im Bereich 1..64 sein.</translation>
    </message>
    <message>
        <source>The val and test fractions must be &gt;= 0 with a sum of at most 1.</source>
        <translation>Die Anteile für val und test müssen &gt;= 0 sein und dürfen zusammen höchstens 1 ergeben.</translation>
    </message>
    <message>
        <source>The absent rate must be within 0..1.</source>
        <translation>Die Rate für fehlende Klassen muss im Bereich 0..1 liegen.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; nothing was written (choose a new or empty folder).</source>
        <translation>%1 ist nicht leer; es wurde nichts geschrieben (wählen Sie einen neuen oder leeren Ordner).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1: %2</source>
        <translation>Der leere Ordner %1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the dataset to %1: %2</source>
        <translation>Der Datensatz kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>No image has a mask of the same base name (%1 image(s) found); nothing was written.</source>
        <translation>Kein Bild hat eine Maske mit demselben Basisnamen (%1 Bild(er) gefunden); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No sample: %1 image(s) read, %2 chip(s), and no chip shows a queried class (check the class colours, the chip size and the scales). Nothing was written.</source>
        <translation>Kein Beispiel: %1 Bild(er) gelesen, %2 Bildausschnitt(e), und kein Bildausschnitt zeigt eine abgefragte Klasse (prüfen Sie die Klassenfarben, die Ausschnittgröße und die Skalierungsstufen). Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>CocoExport</name>
    <message>
        <source>%1 already exists; choose another file or allow overwriting.</source>
        <translation>%1 ist bereits vorhanden; wählen Sie eine andere Datei oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Annotation %1 of %2 has no expression and was left out.</source>
        <translation>Annotation %1 von %2 hat keinen Ausdruck und wurde ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n hole(s) in masks were filled: COCO polygons cannot hold holes (run-lengths can).</source>
        <translation>
            <numerusform>%n Loch in Masken wurde gefüllt: COCO-Polygone können keine Löcher enthalten (Lauflängen schon).</numerusform>
            <numerusform>%n Löcher in Masken wurden gefüllt: COCO-Polygone können keine Löcher enthalten (Lauflängen schon).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CocoImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON or is cut short (%2 at byte %3).</source>
        <translation>%1 ist kein JSON oder ist abgeschnitten (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a COCO instances file: it needs &quot;images&quot; and &quot;annotations&quot; lists.</source>
        <translation>%1 ist keine COCO-Instanzen-Datei: Sie braucht die Listen &quot;images&quot; und &quot;annotations&quot;.</translation>
    </message>
    <message>
        <source>The image %1 (%2 x %3) is not a scene of the project; its annotations were left out.</source>
        <translation>Das Bild %1 (%2 x %3) ist kein Bild des Projekts; seine Annotationen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>Der Import wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Annotation %1 was left out: %2</source>
        <translation>Annotation %1 wurde ausgelassen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s) from COCO</source>
        <translation>
            <numerusform>%n Annotation aus COCO importieren</numerusform>
            <numerusform>%n Annotationen aus COCO importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CocoRle</name>
    <message>
        <source>The mask size %1 x %2 is not valid.</source>
        <translation>Die Maskengröße %1 x %2 ist ungültig.</translation>
    </message>
    <message>
        <source>The run-length counts are not valid.</source>
        <translation>Die Lauflängen sind ungültig.</translation>
    </message>
    <message>
        <source>The run-length counts cover %1 pixels, not %2 x %3.</source>
        <translation>Die Lauflängen decken %1 Pixel ab, nicht %2 x %3.</translation>
    </message>
    <message>
        <source>The run-length string is truncated or malformed.</source>
        <translation>Die Lauflängen-Zeichenkette ist abgeschnitten oder fehlerhaft.</translation>
    </message>
    <message>
        <source>The run-length string has an invalid character at %1.</source>
        <translation>Die Lauflängen-Zeichenkette hat an Position %1 ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <source>The segmentation has no counts.</source>
        <translation>Die Segmentierung hat keine Lauflängen.</translation>
    </message>
    <message>
        <source>The segmentation is %1 x %2 but its image is %3 x %4.</source>
        <translation>Die Segmentierung ist %1 x %2, das Bild aber %3 x %4.</translation>
    </message>
    <message>
        <source>A polygon needs at least three x, y pairs.</source>
        <translation>Ein Polygon braucht mindestens drei x,y-Paare.</translation>
    </message>
    <message>
        <source>The segmentation is neither an RLE nor polygons.</source>
        <translation>Die Segmentierung ist weder eine RLE noch Polygone.</translation>
    </message>
    <message>
        <source>A polygon has a coordinate out of range.</source>
        <translation>Ein Polygon hat eine Koordinate außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>The dataset folder %1 does not exist.</source>
        <translation>Der Datensatzordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no %2 split: %3 is missing.</source>
        <translation>%1 hat keine Teilmenge „%2“: %3 fehlt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8.</source>
        <translation>der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>the id “%1” has no expression.</source>
        <translation>die ID „%1“ hat keinen Ausdruck.</translation>
    </message>
    <message>
        <source>the id “%1” would lead outside the dataset folder.</source>
        <translation>die ID „%1“ würde aus dem Datensatzordner hinausführen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id (letters, digits, _ . - only).</source>
        <translation>„%1“ ist keine gültige ID (nur Buchstaben, Ziffern, _ . -).</translation>
    </message>
    <message>
        <source>the id “%1” is already used at %2.</source>
        <translation>die ID „%1“ wird bereits in %2 verwendet.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a RefSegRS dataset: it has no output_phrase_*.txt file.</source>
        <translation>%1 ist kein RefSegRS-Datensatz: Es gibt keine Datei output_phrase_*.txt.</translation>
    </message>
    <message>
        <source>The %1 split of %2 is empty.</source>
        <translation>Die Teilmenge „%1“ von %2 ist leer.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>Der Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>Unknown split “%1” (train, val or test).</source>
        <translation>Unbekannte Teilmenge „%1“ (train, val oder test).</translation>
    </message>
    <message>
        <source>The image must be 8-bit RGB and the mask 8-bit, of the same size.</source>
        <translation>Das Bild muss 8-Bit-RGB und die Maske 8-Bit sein, beide gleich groß.</translation>
    </message>
    <message>
        <source>%1 is too large for a dataset sample (%2 x %3).</source>
        <translation>%1 ist zu groß für ein Datensatzbeispiel (%2 x %3).</translation>
    </message>
    <message>
        <source>%1 is not an 8-bit image.</source>
        <translation>%1 ist kein 8-Bit-Bild.</translation>
    </message>
    <message>
        <source>%1 has %2 bands; a mask has one.</source>
        <translation>%1 hat %2 Bänder; eine Maske hat eines.</translation>
    </message>
    <message>
        <source>%1 has %2 pixel(s) that are neither 0 nor 255.</source>
        <translation>%1 hat %2 Pixel, die weder 0 noch 255 sind.</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 but its image %4 is %5 x %6.</source>
        <translation>%1 ist %2 x %3, aber das zugehörige Bild %4 ist %5 x %6.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 ist kein gültiges JSON: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 has no images or no annotations.</source>
        <translation>%1 enthält keine Bilder oder keine Annotationen.</translation>
    </message>
    <message>
        <source>%1 has no refs(unc).p file.</source>
        <translation>%1 hat keine Datei refs(unc).p.</translation>
    </message>
    <message>
        <source>%1 does not hold a list of refs.</source>
        <translation>%1 enthält keine Liste von Refs.</translation>
    </message>
    <message>
        <source>%1, ref %2: %3</source>
        <translation>%1, Ref %2: %3</translation>
    </message>
    <message>
        <source>image_id, ann_id, split or sentences is missing.</source>
        <translation>image_id, ann_id, split oder sentences fehlt.</translation>
    </message>
    <message>
        <source>annotation %1 is not in instances.json.</source>
        <translation>die Annotation %1 ist nicht in instances.json.</translation>
    </message>
    <message>
        <source>image %1 is not in instances.json.</source>
        <translation>das Bild %1 ist nicht in instances.json.</translation>
    </message>
    <message>
        <source>the image file name “%1” is not valid.</source>
        <translation>der Bilddateiname „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>sentence %1 has no text.</source>
        <translation>der Satz %1 hat keinen Text.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 samples.</source>
        <translation>Nach %1 von %2 Beispielen angehalten.</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <source>There are no samples to evaluate.</source>
        <translation>Es gibt keine Beispiele zum Bewerten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
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
    <name>GeoRasterExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF or COG driver.</source>
        <translation>GDAL hat keinen GeoTIFF- oder COG-Treiber.</translation>
    </message>
    <message>
        <source>%1 is not georeferenced: its masks are on its pixel grid only.</source>
        <translation>%1 ist nicht georeferenziert: Die Masken liegen nur auf seinem Pixelraster.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) of %3 has an empty mask and was left out.</source>
        <translation>Annotation %1 („%2“) von %3 hat eine leere Maske und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has %2 annotations; a uint16 label raster holds at most 65,535.</source>
        <translation>%1 hat %2 Annotationen; ein uint16-Labelraster fasst höchstens 65.535.</translation>
    </message>
    <message>
        <source>%1 is not georeferenced: its labels are on its pixel grid only.</source>
        <translation>%1 ist nicht georeferenziert: Die Labels liegen nur auf seinem Pixelraster.</translation>
    </message>
    <message>
        <source>There is nothing to export: no annotation has a mask.</source>
        <translation>Es gibt nichts zu exportieren: Keine Annotation hat eine Maske.</translation>
    </message>
</context>
<context>
    <name>GeoTiffWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing to write to %1.</source>
        <translation>Keine Daten zum Schreiben in %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1 already exists; it is never overwritten.</source>
        <translation>%1 existiert bereits; vorhandene Dateien werden nie überschrieben.</translation>
    </message>
</context>
<context>
    <name>ImportAnnotations</name>
    <message>
        <source>Importing annotations…</source>
        <translation>Annotationen werden importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Import aus %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1.</source>
        <translation>
            <numerusform>%n Annotation aus %1 importiert.</numerusform>
            <numerusform>%n Annotationen aus %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>No model is loaded. Open a model bundle first (Model ▸ Open Model…).</source>
        <translation>Es ist kein Modell geladen. Öffnen Sie zuerst ein Modellpaket (Modell ▸ Modell öffnen…).</translation>
    </message>
</context>
<context>
    <name>MaskClass</name>
    <message>
        <source>class %1 is not an object.</source>
        <translation>Klasse %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>class %1 has no name.</source>
        <translation>Klasse %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>class “%1”</source>
        <translation>Klasse „%1“</translation>
    </message>
    <message>
        <source>%1: “color” must be [r, g, b] with whole numbers 0..255, &quot;#RRGGBB&quot;, or a list of those.</source>
        <translation>%1: „color“ muss [r, g, b] mit ganzen Zahlen 0..255, &quot;#RRGGBB&quot; oder eine Liste davon sein.</translation>
    </message>
    <message>
        <source>%1: “expressions” must be a list of texts.</source>
        <translation>%1: „expressions“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>%1: every expression must be a non-empty text.</source>
        <translation>%1: Jeder Ausdruck muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>%1: “min_fraction” must be a number within 0..1.</source>
        <translation>%1: „min_fraction“ muss eine Zahl im Bereich 0..1 sein.</translation>
    </message>
    <message>
        <source>%1: “tolerance” must be a whole number within 0..255.</source>
        <translation>%1: „tolerance“ muss eine ganze Zahl im Bereich 0..255 sein.</translation>
    </message>
    <message>
        <source>Classes file %1: %2</source>
        <translation>Klassendatei %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation>kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it lists no class (expected a JSON list of classes).</source>
        <translation>sie enthält keine Klasse (erwartet: eine JSON-Liste von Klassen).</translation>
    </message>
    <message>
        <source>the class name “%1” is used twice.</source>
        <translation>der Klassenname „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>no class has expressions, so there is nothing to ask for.</source>
        <translation>keine Klasse hat Ausdrücke, daher gibt es nichts abzufragen.</translation>
    </message>
    <message>
        <source>The classes file %1 does not exist.</source>
        <translation>Die Klassendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the classes file %1: %2</source>
        <translation>Die Klassendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MaskGeometry</name>
    <message>
        <source>Cannot trace a mask: %1</source>
        <translation>Eine Maske kann nicht nachgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot simplify a mask: %1</source>
        <translation>Eine Maske kann nicht vereinfacht werden: %1</translation>
    </message>
    <message>
        <source>The scene&apos;s geotransform cannot be inverted.</source>
        <translation>Die Geotransformation der Szene lässt sich nicht umkehren.</translation>
    </message>
    <message>
        <source>Cannot rasterise a geometry: %1</source>
        <translation>Eine Geometrie kann nicht gerastert werden: %1</translation>
    </message>
</context>
<context>
    <name>MaskWriter</name>
    <message>
        <source>Nothing to write to %1.</source>
        <translation>Keine Daten zum Schreiben in %1.</translation>
    </message>
</context>
<context>
    <name>ModelManifest</name>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation>%1: &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an array of %1 numbers</source>
        <translation>muss ein Array aus %1 Zahlen sein</translation>
    </message>
    <message>
        <source>must name a file inside the bundle folder</source>
        <translation>muss eine Datei im Ordner des Modellpakets angeben</translation>
    </message>
    <message>
        <source>names %1, which does not exist</source>
        <translation>verweist auf die nicht vorhandene Datei %1</translation>
    </message>
    <message>
        <source>The model bundle %1 does not exist.</source>
        <translation>Das Modellpaket %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a model bundle: it has no model.json.</source>
        <translation>%1 ist kein Modellpaket: Es enthält keine model.json.</translation>
    </message>
    <message>
        <source>%1 is too large to be a model manifest.</source>
        <translation>%1 ist zu groß für ein Modellmanifest.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 ist kein gültiges JSON: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>das oberste Element ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 uses the bundle format &quot;%2&quot;, which is newer than this version of RRSIS Studio understands (&quot;%3&quot;). Update RRSIS Studio to use this model.</source>
        <translation>%1 verwendet das Paketformat &quot;%2&quot;, das neuer ist, als diese Version von RRSIS Studio versteht (&quot;%3&quot;). Aktualisieren Sie RRSIS Studio, um dieses Modell zu verwenden.</translation>
    </message>
    <message>
        <source>%1: unknown bundle format &quot;%2&quot; (expected &quot;%3&quot;).</source>
        <translation>%1: unbekanntes Paketformat &quot;%2&quot; (erwartet: &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which this build does not know (known: %2)</source>
        <translation>ist &quot;%1&quot;, was dieser Build nicht kennt (bekannt: %2)</translation>
    </message>
    <message>
        <source>must be two whole numbers from 32 to 4096</source>
        <translation>muss aus zwei ganzen Zahlen von 32 bis 4096 bestehen</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; expected &quot;wordpiece&quot; or &quot;sentencepiece&quot;</source>
        <translation>ist &quot;%1&quot;; erwartet wird &quot;wordpiece&quot; oder &quot;sentencepiece&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; expected &quot;logits2&quot; or &quot;logit1&quot;</source>
        <translation>ist &quot;%1&quot;; erwartet wird &quot;logits2&quot; oder &quot;logit1&quot;</translation>
    </message>
    <message>
        <source>must be numbers from %1 to %2</source>
        <translation>muss aus Zahlen von %1 bis %2 bestehen</translation>
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
    <name>Pickle</name>
    <message>
        <source>Malformed pickle: %1.</source>
        <translation>Fehlerhaftes Pickle: %1.</translation>
    </message>
    <message>
        <source>Malformed pickle at byte %1: %2.</source>
        <translation>Fehlerhaftes Pickle bei Byte %1: %2.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>a mask tile has no valid &quot;rect&quot;.</source>
        <translation>eine Maskenkachel hat kein gültiges &quot;rect&quot;.</translation>
    </message>
    <message>
        <source>a mask reaches outside its scene (%1, %2, %3 x %4 on a %5 x %6 scene).</source>
        <translation>eine Maske reicht über ihre Szene hinaus (%1, %2, %3 x %4 in einer %5 x %6 großen Szene).</translation>
    </message>
    <message>
        <source>a mask&apos;s run-length string is corrupt: %1</source>
        <translation>die Lauflängen-Zeichenkette einer Maske ist beschädigt: %1</translation>
    </message>
    <message>
        <source>an annotation has no valid &quot;id&quot;.</source>
        <translation>eine Annotation hat keine gültige &quot;id&quot;.</translation>
    </message>
    <message>
        <source>annotation %1 has a probability map without a valid region.</source>
        <translation>die Annotation %1 hat eine Wahrscheinlichkeitskarte ohne gültigen Bereich.</translation>
    </message>
    <message>
        <source>annotation %1 (“%2”): %3</source>
        <translation>Annotation %1 („%2“): %3</translation>
    </message>
    <message>
        <source>a scene has no valid path or size.</source>
        <translation>eine Szene hat keinen gültigen Pfad oder keine gültige Größe.</translation>
    </message>
    <message>
        <source>scene %1: %2</source>
        <translation>Szene %1: %2</translation>
    </message>
    <message>
        <source>scene %1: annotation id %2 appears twice.</source>
        <translation>Szene %1: die Annotations-ID %2 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The probability map of “%1” is missing or damaged; its hand edits are kept.</source>
        <translation>Die Wahrscheinlichkeitskarte von „%1“ fehlt oder ist beschädigt; ihre Handbearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The project %1 does not exist.</source>
        <translation>Das Projekt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable project (it may be cut off or damaged): %2 at byte %3.</source>
        <translation>%1 ist kein lesbares Projekt (es ist vielleicht abgeschnitten oder beschädigt): %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 is not an RRSIS Studio project.</source>
        <translation>%1 ist kein RRSIS-Studio-Projekt.</translation>
    </message>
    <message>
        <source>%1 has an unknown format “%2”.</source>
        <translation>%1 hat ein unbekanntes Format „%2“.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer RRSIS Studio (project format %2; this version reads format %3). Update RRSIS Studio to open it.</source>
        <translation>%1 wurde von einer neueren Version von RRSIS Studio gespeichert (Projektformat %2; diese Version liest Format %3). Aktualisieren Sie RRSIS Studio, um es zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not a project file.</source>
        <translation>%1 ist keine Projektdatei.</translation>
    </message>
    <message>
        <source>%1 is too large to be a project (%2 MB; a project file has at most %3 MB).</source>
        <translation>%1 ist zu groß für ein Projekt (%2 MB; eine Projektdatei hat höchstens %3 MB).</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RasterImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 lies outside the project&apos;s scenes (without georeferencing it must have a scene&apos;s size).</source>
        <translation>%1 liegt außerhalb der Szenen des Projekts (ohne Georeferenz muss es die Größe einer Szene haben).</translation>
    </message>
    <message>
        <source>%1 covers %2 x %3 scene pixels; at most about 20000 x 20000 can be imported at once.</source>
        <translation>%1 deckt %2 x %3 Szenenpixel ab; höchstens etwa 20000 x 20000 lassen sich auf einmal importieren.</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>Der Import wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot resample %1 onto the scene: %2</source>
        <translation>%1 kann nicht auf die Szene umgerechnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no set pixel over the scene.</source>
        <translation>%1 hat über der Szene kein gesetztes Pixel.</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mask(s) from %1</source>
        <translation>
            <numerusform>%n Maske aus %1 importieren</numerusform>
            <numerusform>%n Masken aus %1 importieren</numerusform>
        </translation>
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
    <name>RecoveryJournal</name>
    <message>
        <source>The probability map of “%1” could not be recovered; its hand edits are kept.</source>
        <translation>Die Wahrscheinlichkeitskarte von „%1“ konnte nicht wiederhergestellt werden; ihre Handbearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>a record names a scene the journal never added.</source>
        <translation>ein Eintrag nennt eine Szene, die das Journal nie hinzugefügt hat.</translation>
    </message>
    <message>
        <source>a scene record has no size.</source>
        <translation>ein Szeneneintrag hat keine Größe.</translation>
    </message>
    <message>
        <source>Cannot read the recovery journal in %1: %2</source>
        <translation>Das Wiederherstellungsjournal in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The recovery journal in %1 holds no intact record.</source>
        <translation>Das Wiederherstellungsjournal in %1 enthält keinen intakten Eintrag.</translation>
    </message>
    <message>
        <source>The saved project could not be read (%1); only the journal&apos;s records are recovered.</source>
        <translation>Das gespeicherte Projekt konnte nicht gelesen werden (%1); nur die Einträge des Journals werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The recovery journal in %1 does not start with its base record.</source>
        <translation>Das Wiederherstellungsjournal in %1 beginnt nicht mit seinem Basiseintrag.</translation>
    </message>
    <message>
        <source>The recovery journal in %1 is damaged: %2</source>
        <translation>Das Wiederherstellungsjournal in %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot write the recovery journal %1: %2</source>
        <translation>Das Wiederherstellungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The recovery folder %1 is in use.</source>
        <translation>Der Wiederherstellungsordner %1 wird bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>RefSegRsExport</name>
    <message>
        <source>Overlapping chips carry different splits (%1 and %2): they leak between splits.</source>
        <translation>Überlappende Bildausschnitte gehören zu verschiedenen Teilmengen (%1 und %2): Inhalte überschneiden sich zwischen den Teilmengen.</translation>
    </message>
    <message>
        <source>The chip size %1 is outside 16..8192 pixels.</source>
        <translation>Die Ausschnittgröße %1 liegt außerhalb von 16..8192 Pixeln.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 has no ground resolution: chips keep its pixels.</source>
        <translation>%1 hat keine Bodenauflösung: Die Bildausschnitte behalten seine Pixel.</translation>
    </message>
    <message>
        <source>Annotation %1 has no expression: skipped.</source>
        <translation>Annotation %1 hat keinen Ausdruck: übersprungen.</translation>
    </message>
    <message>
        <source>Cannot read the chip of “%1”: %2</source>
        <translation>Der Bildausschnitt von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>The query region lies outside the image.</source>
        <translation>Der Abfragebereich liegt außerhalb des Bildes.</translation>
    </message>
</context>
<context>
    <name>RrsisdExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>GDAL has no JPEG driver.</source>
        <translation>GDAL hat keinen JPEG-Treiber.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the chip of “%1”: %2</source>
        <translation>Der Bildausschnitt von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SampleImport</name>
    <message>
        <source>its mask is %1 x %2 pixels, its image %3 x %4.</source>
        <translation>seine Maske hat %1 x %2 Pixel, sein Bild %3 x %4.</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>Der Import wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Sample %1 was left out: %2</source>
        <translation>Probe %1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>Sample %1 was left out: it has no expression.</source>
        <translation>Probe %1 wurde ausgelassen: Sie hat keinen Ausdruck.</translation>
    </message>
    <message>
        <source>There are no samples to import.</source>
        <translation>Es gibt keine Proben zu importieren.</translation>
    </message>
    <message>
        <source>None of the %1 samples could be read; the first problem: %2</source>
        <translation>Keine der %1 Proben ließ sich lesen; das erste Problem: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a scene of another size; its %n sample(s) were left out.</source>
        <translation>
            <numerusform>%1 ist eine Szene anderer Größe; ihre %n Probe wurde ausgelassen.</numerusform>
            <numerusform>%1 ist eine Szene anderer Größe; ihre %n Proben wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n sample(s)</source>
        <translation>
            <numerusform>%n Probe importieren</numerusform>
            <numerusform>%n Proben importieren</numerusform>
        </translation>
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
    <name>Segmenter</name>
    <message>
        <source>Cannot load the TorchScript module %1: %2</source>
        <translation>Das TorchScript-Modul %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The TorchScript module %1 has no forward() method.</source>
        <translation>Das TorchScript-Modul %1 hat keine forward()-Methode.</translation>
    </message>
    <message>
        <source>The TorchScript module %1 takes %2 input(s); a bundle module must take three: forward(image, ids, mask).</source>
        <translation>Das TorchScript-Modul %1 nimmt %2 Eingabe(n) entgegen; das Modul eines Modellpakets muss drei entgegennehmen: forward(image, ids, mask).</translation>
    </message>
    <message>
        <source>%1: the compact architecture needs an input size that is a multiple of 32, not %2x%3.</source>
        <translation>%1: Die kompakte Architektur benötigt eine Eingabegröße, die ein Vielfaches von 32 ist, nicht %2x%3.</translation>
    </message>
    <message>
        <source>Cannot read the weights %1: %2</source>
        <translation>Die Gewichte %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The weights %1 do not fit the %2 network: %3</source>
        <translation>Die Gewichte %1 passen nicht zum Netz %2: %3</translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>Das Netz %1 kann nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The tokenizer has %1 entries but the network was built for a vocabulary of %2 (config.vocab_size): they do not belong together.</source>
        <translation>Der Tokenizer hat %1 Einträge, das Netz wurde aber für ein Vokabular mit %2 Einträgen gebaut (config.vocab_size): Beide gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>Invalid compact network config: %1</source>
        <translation>Ungültige Konfiguration des kompakten Netzes: %1</translation>
    </message>
    <message>
        <source>Unknown architecture &quot;%1&quot;.</source>
        <translation>Unbekannte Architektur &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown tokenizer &quot;%1&quot;.</source>
        <translation>Unbekannter Tokenizer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The model %1 failed its first run: %2</source>
        <translation>Das Modell %1 ist beim ersten Durchlauf fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The expression is empty. Describe what to find, for example &quot;the red car on the left&quot;.</source>
        <translation>Der Ausdruck ist leer. Beschreiben Sie, was gefunden werden soll, zum Beispiel „the red car on the left“.</translation>
    </message>
    <message>
        <source>The expression contains no words the model can read.</source>
        <translation>Der Ausdruck enthält keine Wörter, die das Modell lesen kann.</translation>
    </message>
    <message>
        <source>The model knows none of the words in &quot;%1&quot;. Try plain English words such as &quot;building&quot;, &quot;road&quot; or &quot;white car&quot;.</source>
        <translation>Das Modell kennt keines der Wörter in „%1“. Versuchen Sie einfache englische Wörter wie „building“, „road“ oder „white car“.</translation>
    </message>
    <message>
        <source>The expression was encoded for another model.</source>
        <translation>Der Ausdruck wurde für ein anderes Modell kodiert.</translation>
    </message>
    <message>
        <source>Internal error: a chip is not %1x%2 RGB.</source>
        <translation>Interner Fehler: Ein Bildausschnitt ist nicht %1x%2 RGB.</translation>
    </message>
    <message>
        <source>The model returned a tensor of shape %1; the bundle promises [%2, %3, h, w] (%4).</source>
        <translation>Das Modell lieferte einen Tensor der Form %1; das Modellpaket sagt [%2, %3, h, w] zu (%4).</translation>
    </message>
    <message>
        <source>The model produced invalid values (NaN). The mask was not changed.</source>
        <translation>Das Modell hat ungültige Werte (NaN) erzeugt. Die Maske wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation>Das Modell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The region has no RGB pixels.</source>
        <translation>Der Bereich enthält keine RGB-Pixel.</translation>
    </message>
    <message>
        <source>%1: RMSIN needs a square input, not %2x%3.</source>
        <translation>%1: RMSIN braucht eine quadratische Eingabe, nicht %2x%3.</translation>
    </message>
    <message>
        <source>%1: text.max_tokens is %2 but BERT has only %3 positions.</source>
        <translation>%1: text.max_tokens ist %2, BERT hat aber nur %3 Positionen.</translation>
    </message>
    <message>
        <source>LGCE built from the RRSIS paper (Yuan et al., TGRS 2024) and the module layout of its authors&apos; code; not an official release</source>
        <translation>LGCE, nach dem RRSIS-Artikel (Yuan et al., TGRS 2024) und dem Modulaufbau des Codes seiner Autoren gebaut; keine offizielle Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>StagingFolder</name>
    <message>
        <source>No output name was given.</source>
        <translation>Es wurde kein Ausgabename angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation>In %1 kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden: %2</translation>
    </message>
    <message>
        <source>%1 appeared while writing; it was left as it was.</source>
        <translation>%1 ist während des Schreibens entstanden; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; it was left as it was.</source>
        <translation>%1 existiert und ist kein Ordner; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TiledPredictor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Tokenizer</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not an rrsis_spm module: %1</source>
        <translation>kein rrsis_spm-Modul: %1</translation>
    </message>
    <message>
        <source>module interface version %1, expected %2</source>
        <translation>Modulschnittstellenversion %1, erwartet %2</translation>
    </message>
    <message>
        <source>The SentencePiece module %1 named by RRSIS_SPM_MODULE could not be loaded: %2</source>
        <translation>Das durch RRSIS_SPM_MODULE angegebene SentencePiece-Modul %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The SentencePiece module %1 could not be loaded. Tried: %2. Set RRSIS_SPM_MODULE to its path.</source>
        <translation>Das SentencePiece-Modul %1 konnte nicht geladen werden. Versucht: %2. Setzen Sie RRSIS_SPM_MODULE auf seinen Pfad.</translation>
    </message>
    <message>
        <source>Cannot load the SentencePiece model %1: %2</source>
        <translation>Das SentencePiece-Modell %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary: the folder %1 does not exist.</source>
        <translation>Ein SentencePiece-Vokabular kann nicht trainiert werden: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary: cannot write a temporary file: %1</source>
        <translation>Ein SentencePiece-Vokabular kann nicht trainiert werden: Eine temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary without expressions.</source>
        <translation>Ohne Ausdrücke kann kein SentencePiece-Vokabular trainiert werden.</translation>
    </message>
    <message>
        <source>Cannot train a SentencePiece vocabulary at %1: %2</source>
        <translation>Ein SentencePiece-Vokabular kann nicht unter %1 trainiert werden: %2</translation>
    </message>
    <message>
        <source>The vocabulary file %1 does not exist.</source>
        <translation>Die Vokabulardatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The vocabulary path %1 is a folder, not a file.</source>
        <translation>Der Vokabularpfad %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read the vocabulary file %1: %2</source>
        <translation>Die Vokabulardatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The vocabulary file %1 is empty.</source>
        <translation>Die Vokabulardatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The vocabulary file %1 is not valid UTF-8 text.</source>
        <translation>Die Vokabulardatei %1 ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>The vocabulary file %1 is not a BERT WordPiece vocabulary: it lacks %2.</source>
        <translation>Die Vokabulardatei %1 ist kein BERT-WordPiece-Vokabular: %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No output bundle given.</source>
        <translation>Kein Ausgabe-Bundle angegeben.</translation>
    </message>
    <message>
        <source>The number of epochs must be 1..100000.</source>
        <translation>Die Zahl der Epochen muss 1..100000 sein.</translation>
    </message>
    <message>
        <source>The batch size must be 1..4096.</source>
        <translation>Die Batchgröße muss 1..4096 sein.</translation>
    </message>
    <message>
        <source>The input size must be a multiple of 32 in 64..2048 (got %1).</source>
        <translation>Die Eingabegröße muss ein Vielfaches von 32 in 64..2048 sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>The token count must be 3..512.</source>
        <translation>Die Tokenanzahl muss 3..512 sein.</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number.</source>
        <translation>Die Lernrate muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>Weight decay, clipping, poly power and loss weights must be non-negative.</source>
        <translation>Weight Decay, Clipping, Poly-Exponent und Verlustgewichte dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Nothing to resume: there is no checkpoint at %1.</source>
        <translation>Nichts fortzusetzen: unter %1 liegt kein Checkpoint.</translation>
    </message>
    <message>
        <source>%1 already holds a checkpoint: pass --resume to continue that run, or choose another output.</source>
        <translation>%1 enthält bereits einen Checkpoint: mit --resume wird dieser Lauf fortgesetzt, sonst eine andere Ausgabe wählen.</translation>
    </message>
    <message>
        <source>%1 already exists; training never overwrites a bundle. Choose another output.</source>
        <translation>%1 existiert bereits; das Training überschreibt nie ein Bundle. Bitte eine andere Ausgabe wählen.</translation>
    </message>
    <message>
        <source>Cannot write to %1: check that the folder exists and is writable.</source>
        <translation>In %1 kann nicht geschrieben werden: Existiert der Ordner und ist er beschreibbar?</translation>
    </message>
    <message>
        <source>Cannot read the vocabulary %1: %2</source>
        <translation>Das Vokabular %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint&apos;s vocabulary %1: %2</source>
        <translation>Das Vokabular des Checkpoints %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint: %1</source>
        <translation>Der Checkpoint kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not an rrsis training checkpoint.</source>
        <translation>%1 ist kein rrsis-Trainings-Checkpoint.</translation>
    </message>
    <message>
        <source>The checkpoint in %1 was made with other settings (%2); resume with the same command, or start a new run with another output.</source>
        <translation>Der Checkpoint in %1 wurde mit anderen Einstellungen erstellt (%2); mit demselben Befehl fortsetzen oder einen neuen Lauf mit anderer Ausgabe starten.</translation>
    </message>
    <message>
        <source>The checkpoint does not fit the network: %1</source>
        <translation>Der Checkpoint passt nicht zum Netz: %1</translation>
    </message>
    <message>
        <source>The checkpoint lacks the optimiser state of %1.</source>
        <translation>Dem Checkpoint fehlt der Optimiererzustand von %1.</translation>
    </message>
    <message>
        <source>Compact model (%1)</source>
        <translation>Kompaktes Modell (%1)</translation>
    </message>
    <message>
        <source>%1 samples from %2 (%3 split); validated on %4 samples of %5 (%6 split)</source>
        <translation>%1 Beispiele aus %2 (Split %3); validiert an %4 Beispielen aus %5 (Split %6)</translation>
    </message>
    <message>
        <source>argmax at the %1 x %1 network input, ground truth resized nearest</source>
        <translation>Argmax am %1 x %1 Netzeingang, Referenz per Nächster-Nachbar skaliert</translation>
    </message>
    <message>
        <source>the gradient norm</source>
        <translation>die Gradientennorm</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>der Verlust</translation>
    </message>
    <message>
        <source>Training stopped: %1 became %2 at epoch %3, batch %4 (samples %5, …). Nothing was saved from this epoch; the last good checkpoint (%6) is kept in %7. Try a lower learning rate.</source>
        <translation>Training abgebrochen: %1 wurde %2 in Epoche %3, Batch %4 (Beispiele %5, …). Aus dieser Epoche wurde nichts gespeichert; der letzte gute Checkpoint (%6) bleibt in %7. Eine kleinere Lernrate versuchen.</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>validation mIoU %1 reached the target %2</source>
        <translation>Validierungs-mIoU %1 hat das Ziel %2 erreicht</translation>
    </message>
    <message>
        <source>early stop: no better validation oIoU for %1 epochs</source>
        <translation>vorzeitiger Stopp: seit %1 Epochen keine bessere Validierungs-oIoU</translation>
    </message>
    <message>
        <source>all %1 epochs done</source>
        <translation>alle %1 Epochen fertig</translation>
    </message>
    <message>
        <source>Could not write the checkpoint after epoch %1 (%2). The previous checkpoint is intact; free some space and run again with --resume.</source>
        <translation>Der Checkpoint nach Epoche %1 konnte nicht geschrieben werden (%2). Der vorige Checkpoint ist unversehrt; Speicherplatz freigeben und mit --resume erneut starten.</translation>
    </message>
    <message>
        <source>Could not write the bundle after epoch %1: %2</source>
        <translation>Das Bundle konnte nach Epoche %1 nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>LibTorch failed during training: %1</source>
        <translation>LibTorch ist beim Training gescheitert: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training loss and validation IoU</source>
        <translation>Trainingsverlust und Validierungs-IoU</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>val loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>val oIoU %</source>
        <translation>Validierungs-oIoU %</translation>
    </message>
    <message>
        <source>val mIoU %</source>
        <translation>Validierungs-mIoU %</translation>
    </message>
    <message>
        <source>PNG encoding failed.</source>
        <translation>PNG-Kodierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 uses a %2 tokenizer; fine-tuning needs a WordPiece vocabulary.</source>
        <translation>%1 verwendet einen %2-Tokenizer; das Fine-Tuning braucht ein WordPiece-Vokabular.</translation>
    </message>
    <message>
        <source>Cannot read the base model&apos;s weights: %1</source>
        <translation>Die Gewichte des Basismodells können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the base model&apos;s vocabulary %1: %2</source>
        <translation>Das Vokabular %1 des Basismodells kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The base model has no embedding table “%1”.</source>
        <translation>Das Basismodell hat keine Embedding-Tabelle „%1“.</translation>
    </message>
    <message>
        <source>No training data given: name data folders or a project.</source>
        <translation>Keine Trainingsdaten angegeben: Datenordner oder ein Projekt angeben.</translation>
    </message>
    <message>
        <source>Train on data folders or on a project, not both.</source>
        <translation>Entweder mit Datenordnern oder mit einem Projekt trainieren, nicht mit beidem.</translation>
    </message>
    <message>
        <source>The output is the base model itself; fine-tuning never changes the base model. Choose another output.</source>
        <translation>Die Ausgabe ist das Basismodell selbst; Fine-Tuning verändert das Basismodell nie. Bitte eine andere Ausgabe wählen.</translation>
    </message>
    <message>
        <source>The project %1 has no annotation with an expression to train on.</source>
        <translation>Das Projekt %1 hat keine Annotation mit Ausdruck, mit der trainiert werden kann.</translation>
    </message>
    <message>
        <source>Every annotation of the project is held out (val or test): mark some as train.</source>
        <translation>Alle Annotationen des Projekts sind zurückgehalten (Validierung oder Test): einige der Teilmenge Training zuweisen.</translation>
    </message>
    <message>
        <source>No annotation could be held out (they all overlap): validation uses the training annotations.</source>
        <translation>Keine Annotation konnte zurückgehalten werden (alle überlappen sich): Die Validierung verwendet die Trainingsannotationen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n training masks are empty: the model would only learn to mark nothing. Correct or add at least one annotation that shows its target.</source>
        <translation>
            <numerusform>Die %n Trainingsmaske ist leer: Das Modell würde nur lernen, nichts zu markieren. Mindestens eine Annotation korrigieren oder hinzufügen, die ihr Ziel zeigt.</numerusform>
            <numerusform>Alle %n Trainingsmasken sind leer: Das Modell würde nur lernen, nichts zu markieren. Mindestens eine Annotation korrigieren oder hinzufügen, die ihr Ziel zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The base model&apos;s input size %1 is not a multiple of 32.</source>
        <translation>Die Eingabegröße %1 des Basismodells ist kein Vielfaches von 32.</translation>
    </message>
    <message>
        <source>The base model&apos;s weights do not fit its network: %1</source>
        <translation>Die Gewichte des Basismodells passen nicht zu seinem Netz: %1</translation>
    </message>
    <message>
        <source>%1, fine-tuned (%2)</source>
        <translation>%1, feinabgestimmt (%2)</translation>
    </message>
    <message>
        <source>Fine-tuned from %1 on %2</source>
        <translation>Ausgehend von %1 feinabgestimmt mit %2</translation>
    </message>
    <message>
        <source>%1 is a “%2” model; this build fine-tunes: compact, lavt, rmsin.</source>
        <translation>%1 ist ein „%2“-Modell; dieser Build feinjustiert: compact, lavt, rmsin.</translation>
    </message>
    <message>
        <source>Unknown architecture “%1”; this build trains: compact, lavt, rmsin, fianet, lgce.</source>
        <translation>Unbekannte Architektur „%1“; dieser Build trainiert: compact, lavt, rmsin, fianet, lgce.</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>Das Netz %1 kann nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>Unknown architecture “%1”; this build trains: compact, lavt, rmsin, fianet, lgce.</source>
        <translation>Unbekannte Architektur „%1“; dieser Build trainiert: compact, lavt, rmsin, fianet, lgce.</translation>
    </message>
</context>
<context>
    <name>VectorExport</name>
    <message>
        <source>%1 has no coordinate reference system: GeoJSON (RFC 7946) holds WGS 84 coordinates only. Export it as a GeoPackage or Shapefile, which keep pixel coordinates.</source>
        <translation>%1 hat kein Koordinatenbezugssystem: GeoJSON (RFC 7946) enthält nur WGS-84-Koordinaten. Exportieren Sie es als GeoPackage oder Shapefile, die Pixelkoordinaten behalten.</translation>
    </message>
    <message>
        <source>%1: cannot transform its coordinates to WGS 84: %2</source>
        <translation>%1: Die Koordinaten lassen sich nicht nach WGS 84 transformieren: %2</translation>
    </message>
    <message>
        <source>%1 is not georeferenced: its features are in pixel coordinates (x right, y down).</source>
        <translation>%1 ist nicht georeferenziert: Seine Objekte sind in Pixelkoordinaten (x nach rechts, y nach unten).</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Annotation %1 (“%2”) of %3 has an empty mask and was left out.</source>
        <translation>Annotation %1 („%2“) von %3 hat eine leere Maske und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Cannot transform annotation %1 to WGS 84: %2</source>
        <translation>Annotation %1 lässt sich nicht nach WGS 84 transformieren: %2</translation>
    </message>
    <message>
        <source>Cannot write annotation %1: %2</source>
        <translation>Annotation %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is nothing to export: the project has no annotations.</source>
        <translation>Es gibt nichts zu exportieren: Das Projekt hat keine Annotationen.</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver.</source>
        <translation>GDAL hat keinen %1-Treiber.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>VectorImport</name>
    <message>
        <source>it has no geometry</source>
        <translation>es hat keine Geometrie</translation>
    </message>
    <message>
        <source>its geometry (%1) is not an area</source>
        <translation>seine Geometrie (%1) ist keine Fläche</translation>
    </message>
    <message>
        <source>its polygon is invalid (self-intersecting) and could not be repaired</source>
        <translation>sein Polygon ist ungültig (selbstüberschneidend) und ließ sich nicht reparieren</translation>
    </message>
    <message>
        <source>its polygon was invalid (self-intersecting) and was repaired</source>
        <translation>sein Polygon war ungültig (selbstüberschneidend) und wurde repariert</translation>
    </message>
    <message>
        <source>its coordinates cannot be transformed to the scene&apos;s CRS</source>
        <translation>seine Koordinaten lassen sich nicht in das KBS der Szene transformieren</translation>
    </message>
    <message>
        <source>the layer has a CRS but %1 is not georeferenced</source>
        <translation>die Ebene hat ein KBS, aber %1 ist nicht georeferenziert</translation>
    </message>
    <message>
        <source>no transformation from the layer&apos;s CRS to that of %1</source>
        <translation>keine Transformation vom KBS der Ebene in das von %1</translation>
    </message>
    <message>
        <source>The project has no scene to import %1 onto.</source>
        <translation>Das Projekt hat keine Szene, auf die %1 importiert werden kann.</translation>
    </message>
    <message>
        <source>The project has no scene %1.</source>
        <translation>Das Projekt hat keine Szene %1.</translation>
    </message>
    <message>
        <source>%1 is not a vector file GDAL can read: %2</source>
        <translation>%1 ist keine Vektordatei, die GDAL lesen kann: %2</translation>
    </message>
    <message>
        <source>%1 has no features (its layers are empty).</source>
        <translation>%1 hat keine Objekte (seine Ebenen sind leer).</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>Der Import wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2</source>
        <translation>Objekt %1 der Ebene %2</translation>
    </message>
    <message>
        <source>it lies outside %1</source>
        <translation>es liegt außerhalb von %1</translation>
    </message>
    <message>
        <source>%1 was left out: %2.</source>
        <translation>%1 wurde ausgelassen: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n feature(s) from %1</source>
        <translation>
            <numerusform>%n Objekt aus %1 importieren</numerusform>
            <numerusform>%n Objekte aus %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rrsis</name>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
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
    <message>
        <source>Find what a referring expression describes in an image and write its mask as a georeferenced GeoTIFF (0 = background, 255 = target).</source>
        <translation>Finden, was ein referenzierender Ausdruck in einem Bild beschreibt, und dessen Maske als georeferenziertes GeoTIFF schreiben (0 = Hintergrund, 255 = Ziel).</translation>
    </message>
    <message>
        <source>Model bundle folder.</source>
        <translation>Ordner des Modellpakets.</translation>
    </message>
    <message>
        <source>Input raster.</source>
        <translation>Eingaberaster.</translation>
    </message>
    <message>
        <source>The referring expression.</source>
        <translation>Der referenzierende Ausdruck.</translation>
    </message>
    <message>
        <source>Region x,y,w,h in pixels (default: the whole image).</source>
        <translation>Bereich x,y,w,h in Pixeln (Standard: das ganze Bild).</translation>
    </message>
    <message>
        <source>Sliding windows at the model&apos;s native scale, output at source resolution.</source>
        <translation>Gleitende Fenster im nativen Maßstab des Modells, Ausgabe in Quellauflösung.</translation>
    </message>
    <message>
        <source>Output mask GeoTIFF.</source>
        <translation>Ausgabe-GeoTIFF der Maske.</translation>
    </message>
    <message>
        <source>Also write the probability map (0..255) to FILE.</source>
        <translation>Zusätzlich die Wahrscheinlichkeitskarte (0..255) nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Mask threshold 0..1 (default: the bundle&apos;s).</source>
        <translation>Schwellenwert der Maske 0..1 (Standard: der des Modellpakets).</translation>
    </message>
    <message>
        <source>Run on the CPU even when a GPU is present.</source>
        <translation>Auch dann auf der CPU rechnen, wenn eine GPU vorhanden ist.</translation>
    </message>
    <message>
        <source>Intra-op threads (default: every logical CPU).</source>
        <translation>Threads innerhalb einer Operation (Standard: alle logischen CPUs).</translation>
    </message>
    <message>
        <source>rrsis predict: --%1 is required.</source>
        <translation>rrsis predict: --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>rrsis predict: --aoi must be x,y,w,h with w and h &gt; 0.</source>
        <translation>rrsis predict: --aoi muss x,y,w,h mit w und h &gt; 0 sein.</translation>
    </message>
    <message>
        <source>rrsis predict: %1</source>
        <translation>rrsis predict: %1</translation>
    </message>
    <message>
        <source>rrsis predict: the area %1,%2,%3,%4 is not inside the %5 x %6 image.</source>
        <translation>rrsis predict: Der Bereich %1,%2,%3,%4 liegt nicht innerhalb des %5 x %6 großen Bildes.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 x %3 pixels, %4 % target (threshold %5); %6 window(s), %7 s (model %8 ms) on %9.</source>
        <translation>%1 geschrieben: %2 x %3 Pixel, %4 % Ziel (Schwellenwert %5); %6 Fenster, %7 s (Modell %8 ms) auf %9.</translation>
    </message>
    <message>
        <source>Print the token ids (first line) and the attention mask (second line) that a tokenizer gives for a text, padded to --max-tokens, as the LAVT family&apos;s loaders do.</source>
        <translation>Die Token-IDs (erste Zeile) und die Attention-Maske (zweite Zeile) ausgeben, die ein Tokenizer für einen Text liefert, aufgefüllt auf --max-tokens, wie es die Loader der LAVT-Familie tun.</translation>
    </message>
    <message>
        <source>A BERT WordPiece vocab.txt.</source>
        <translation>Eine BERT-WordPiece-Datei vocab.txt.</translation>
    </message>
    <message>
        <source>A SentencePiece .model.</source>
        <translation>Eine SentencePiece-Modelldatei (.model).</translation>
    </message>
    <message>
        <source>Sequence length (default 20).</source>
        <translation>Sequenzlänge (Standard 20).</translation>
    </message>
    <message>
        <source>WordPiece: do not lower-case.</source>
        <translation>WordPiece: nicht in Kleinbuchstaben umwandeln.</translation>
    </message>
    <message>
        <source>Also print the pieces (third line).</source>
        <translation>Zusätzlich die Teilwörter ausgeben (dritte Zeile).</translation>
    </message>
    <message>
        <source>The text to encode.</source>
        <translation>Der zu kodierende Text.</translation>
    </message>
    <message>
        <source>rrsis tokenize: give either --vocab or --spm, one text, and --max-tokens 1..4096.</source>
        <translation>rrsis tokenize: Geben Sie entweder --vocab oder --spm, einen Text und --max-tokens 1..4096 an.</translation>
    </message>
    <message>
        <source>rrsis tokenize: %1</source>
        <translation>rrsis tokenize: %1</translation>
    </message>
    <message>
        <source>train, val or test (default test).</source>
        <translation>train, val oder test (Standard: test).</translation>
    </message>
    <message>
        <source>lavt (default: argmax at the model input, truth resized there) or native.</source>
        <translation>lavt (Standard: Argmax in der Modelleingabegröße, Referenz dorthin skaliert) oder native.</translation>
    </message>
    <message>
        <source>Write the metrics as JSON to FILE.</source>
        <translation>Die Kennzahlen als JSON nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Write per-sample scores as CSV to FILE.</source>
        <translation>Die Werte je Beispiel als CSV nach FILE schreiben.</translation>
    </message>
    <message>
        <source>rrsis eval: %1</source>
        <translation>rrsis eval: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 samples, %2 protocol: oIoU %3  mIoU %4  Prec@0.5 %5  @0.6 %6  @0.7 %7  @0.8 %8  @0.9 %9</source>
        <translation>%1 Beispiele, Protokoll %2: oIoU %3  mIoU %4  Prec@0.5 %5  @0.6 %6  @0.7 %7  @0.8 %8  @0.9 %9</translation>
    </message>
    <message>
        <source>Append synthetic referring segmentation samples (chips, masks, expressions) to a folder in the RefSegRS layout. The data is synthetic: it depicts no real place.</source>
        <translation>Synthetische Beispiele für referenzielle Segmentierung (Bildausschnitte, Masken, Ausdrücke) an einen Ordner im RefSegRS-Layout anhängen. Die Daten sind synthetisch: Sie zeigen keinen realen Ort.</translation>
    </message>
    <message>
        <source>Dataset folder (created or appended to).</source>
        <translation>Datensatzordner (wird angelegt oder ergänzt).</translation>
    </message>
    <message>
        <source>Number of samples (default 100).</source>
        <translation>Anzahl der Beispiele (Standard 100).</translation>
    </message>
    <message>
        <source>Chip size in pixels (default 512, as RefSegRS).</source>
        <translation>Größe der Bildausschnitte in Pixeln (Standard 512, wie RefSegRS).</translation>
    </message>
    <message>
        <source>rrsis synth: --out is required; --count 1..1000000, --size 64..4096.</source>
        <translation>rrsis synth: --out ist erforderlich; --count 1..1000000, --size 64..4096.</translation>
    </message>
    <message>
        <source>rrsis synth: %1</source>
        <translation>rrsis synth: %1</translation>
    </message>
    <message>
        <source>Appended %1 synthetic samples to %2.</source>
        <translation>%1 synthetische Beispiele an %2 angehängt.</translation>
    </message>
    <message>
        <source>Score a model bundle on a split of a dataset (RefSegRS or RRSIS-D layout): oIoU, mIoU and Prec@0.5..0.9 (percent), overall and per category.</source>
        <translation>Ein Modell-Bundle auf einem Split eines Datensatzes (RefSegRS- oder RRSIS-D-Layout) bewerten: oIoU, mIoU und Prec@0.5..0.9 (Prozent), gesamt und je Kategorie.</translation>
    </message>
    <message>
        <source>Dataset folder (RefSegRS or RRSIS-D layout).</source>
        <translation>Datensatzordner (RefSegRS- oder RRSIS-D-Layout).</translation>
    </message>
    <message>
        <source>oIoU %1  mIoU %2  Prec@0.5 %3  @0.7 %4  @0.9 %5</source>
        <translation>oIoU %1  mIoU %2  Prec@0.5 %3  @0.7 %4  @0.9 %5</translation>
    </message>
    <message>
        <source>Train a referring segmentation network on RefSegRS or RRSIS-D folders and write a model bundle (best weights by validation oIoU, model.json with data, command, metrics and date, and training/history.csv, history.json, curves.png). A checkpoint is written after every epoch; Ctrl+C stops, and --resume continues to the same result.</source>
        <translation>Ein Netz für Referring-Segmentierung auf RefSegRS- oder RRSIS-D-Ordnern trainieren und ein Modell-Bundle schreiben (beste Gewichte nach Validierungs-oIoU, model.json mit Daten, Befehl, Metriken und Datum sowie training/history.csv, history.json, curves.png). Nach jeder Epoche wird ein Checkpoint geschrieben; Strg+C hält an, --resume setzt zum selben Ergebnis fort.</translation>
    </message>
    <message>
        <source>Architecture (default compact).</source>
        <translation>Architektur (Standard: compact).</translation>
    </message>
    <message>
        <source>Training folders, comma-separated.</source>
        <translation>Trainingsordner, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Validation folder (default: the first --data folder).</source>
        <translation>Validierungsordner (Standard: der erste --data-Ordner).</translation>
    </message>
    <message>
        <source>Split used for training (default train).</source>
        <translation>Split für das Training (Standard: train).</translation>
    </message>
    <message>
        <source>Split used for validation (default val).</source>
        <translation>Split für die Validierung (Standard: val).</translation>
    </message>
    <message>
        <source>Split of the validation folder scored with the best weights at the end (default test; &quot;none&quot; to skip).</source>
        <translation>Split des Validierungsordners, der am Ende mit den besten Gewichten bewertet wird (Standard: test; &quot;none&quot; überspringt).</translation>
    </message>
    <message>
        <source>Output bundle folder (NAME.rrsismodel).</source>
        <translation>Ordner des Ausgabe-Bundles (NAME.rrsismodel).</translation>
    </message>
    <message>
        <source>Checkpoint folder (default: NAME.checkpoints beside the bundle).</source>
        <translation>Checkpoint-Ordner (Standard: NAME.checkpoints neben dem Bundle).</translation>
    </message>
    <message>
        <source>Display name of the model.</source>
        <translation>Anzeigename des Modells.</translation>
    </message>
    <message>
        <source>Batch size (default 8).</source>
        <translation>Batchgröße (Standard: 8).</translation>
    </message>
    <message>
        <source>AdamW weight decay (default 0.01).</source>
        <translation>AdamW-Weight-Decay (Standard: 0.01).</translation>
    </message>
    <message>
        <source>Gradient clipping norm; 0 = off (default 1).</source>
        <translation>Norm für Gradient Clipping; 0 = aus (Standard: 1).</translation>
    </message>
    <message>
        <source>WordPiece vocab.txt (default: built from the training expressions).</source>
        <translation>WordPiece-vocab.txt (Standard: aus den Trainingsausdrücken gebildet).</translation>
    </message>
    <message>
        <source>Network sizes as JSON text or a JSON file (e.g. {&quot;widths&quot;: [32,64,96,160]}).</source>
        <translation>Netzgrößen als JSON-Text oder JSON-Datei (z. B. {&quot;widths&quot;: [32,64,96,160]}).</translation>
    </message>
    <message>
        <source>Stop after N epochs without a better validation oIoU; 0 = never (default).</source>
        <translation>Nach N Epochen ohne bessere Validierungs-oIoU anhalten; 0 = nie (Standard).</translation>
    </message>
    <message>
        <source>Stop once the validation mIoU (percent) reaches this; 0 = never.</source>
        <translation>Anhalten, sobald die Validierungs-mIoU (Prozent) diesen Wert erreicht; 0 = nie.</translation>
    </message>
    <message>
        <source>auto (bf16 on a GPU, fp32 on the CPU), fp32 or bf16.</source>
        <translation>auto (bf16 auf einer GPU, fp32 auf der CPU), fp32 oder bf16.</translation>
    </message>
    <message>
        <source>Use only the first N training samples; 0 = all.</source>
        <translation>Nur die ersten N Trainingsbeispiele verwenden; 0 = alle.</translation>
    </message>
    <message>
        <source>Metres per input pixel for the manifest (default: from the first training image).</source>
        <translation>Meter pro Eingabepixel für das Manifest (Standard: aus dem ersten Trainingsbild).</translation>
    </message>
    <message>
        <source>No crops, flips or colour jitter.</source>
        <translation>Kein Zuschneiden, Spiegeln oder Farbrauschen.</translation>
    </message>
    <message>
        <source>Continue the run whose checkpoint is in the checkpoint folder.</source>
        <translation>Den Lauf fortsetzen, dessen Checkpoint im Checkpoint-Ordner liegt.</translation>
    </message>
    <message>
        <source>rrsis train: cannot read --config %1: %2</source>
        <translation>rrsis train: --config %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>rrsis train: --config is not a JSON object (%1).</source>
        <translation>rrsis train: --config ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>epoch %1/%2  train loss %3  val loss %4  %5  (%6 samples/s, %7 s)</source>
        <translation>Epoche %1/%2  Trainingsverlust %3  Validierungsverlust %4  %5  (%6 Beispiele/s, %7 s)</translation>
    </message>
    <message>
        <source>epoch %1/%2 loss %3 %4/s </source>
        <translation>Epoche %1/%2 Verlust %3 %4/s </translation>
    </message>
    <message>
        <source>%1 %2/%3 </source>
        <translation>%1 %2/%3 </translation>
    </message>
    <message>
        <source>rrsis train: %1</source>
        <translation>rrsis train: %1</translation>
    </message>
    <message>
        <source>Interrupted. %1 epoch(s) are saved in %2; run the same command with --resume to continue.</source>
        <translation>Unterbrochen. %1 Epoche(n) sind in %2 gespeichert; zum Fortsetzen denselben Befehl mit --resume ausführen.</translation>
    </message>
    <message>
        <source>This run had already finished (%1).</source>
        <translation>Dieser Lauf war bereits beendet (%1).</translation>
    </message>
    <message>
        <source>%1 parameters, %2, %3; %4 training and %5 validation samples.</source>
        <translation>%1 Parameter, %2, %3; %4 Trainings- und %5 Validierungsbeispiele.</translation>
    </message>
    <message>
        <source>Stopped: %1. Best epoch %2: %3</source>
        <translation>Beendet: %1. Beste Epoche %2: %3</translation>
    </message>
    <message>
        <source>Test split (%1 samples): oIoU %2  mIoU %3</source>
        <translation>Test-Split (%1 Beispiele): oIoU %2  mIoU %3</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Bundle: %1</translation>
    </message>
    <message>
        <source>IoU of a sample whose prediction and truth are both empty: zero (default, as LAVT) or one.</source>
        <translation>IoU eines Beispiels, dessen Vorhersage und Referenz beide leer sind: zero (Standard, wie LAVT) oder one.</translation>
    </message>
    <message>
        <source>rrsis eval: --model and --dataset are required; --protocol is lavt or native; --empty-union is zero or one.</source>
        <translation>rrsis eval: --model und --dataset sind nötig; --protocol ist lavt oder native; --empty-union ist zero oder one.</translation>
    </message>
    <message>
        <source>rrsis project %1: %2</source>
        <translation>rrsis project %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); see --help.</source>
        <translation>
            <numerusform>%n Argument erwartet; siehe --help.</numerusform>
            <numerusform>%n Argumente erwartet; siehe --help.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: image not found: %1</source>
        <translation>Warnung: Bild nicht gefunden: %1</translation>
    </message>
    <message>
        <source>warning: image changed since it was annotated: %1</source>
        <translation>Warnung: Bild wurde seit der Annotation geändert: %1</translation>
    </message>
    <message>
        <source>Create a project file, optionally with images.</source>
        <translation>Eine Projektdatei anlegen, optional mit Bildern.</translation>
    </message>
    <message>
        <source>The .rrsisproj file to create.</source>
        <translation>Die anzulegende .rrsisproj-Datei.</translation>
    </message>
    <message>
        <source>Images to add.</source>
        <translation>Hinzuzufügende Bilder.</translation>
    </message>
    <message>
        <source>expected a project file; see --help.</source>
        <translation>Projektdatei erwartet; siehe --help.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 existiert bereits; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n image(s).</source>
        <translation>
            <numerusform>%1 mit %n Bild angelegt.</numerusform>
            <numerusform>%1 mit %n Bildern angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe a project: its images and annotations.</source>
        <translation>Ein Projekt beschreiben: seine Bilder und Annotationen.</translation>
    </message>
    <message>
        <source>The .rrsisproj file.</source>
        <translation>Die .rrsisproj-Datei.</translation>
    </message>
    <message>
        <source>%1 (%2 x %3)%4</source>
        <translation>%1 (%2 x %3)%4</translation>
    </message>
    <message>
        <source> — not found</source>
        <translation> — nicht gefunden</translation>
    </message>
    <message>
        <source>  %1  %2  [%3]  %4 px, %5 hand edit(s)%6</source>
        <translation>  %1  %2  [%3]  %4 px, %5 Handbearbeitung(en)%6</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>, model %1</source>
        <translation>, Modell %1</translation>
    </message>
    <message>
        <source>Add an image to a project.</source>
        <translation>Ein Bild zu einem Projekt hinzufügen.</translation>
    </message>
    <message>
        <source>The image to add.</source>
        <translation>Das hinzuzufügende Bild.</translation>
    </message>
    <message numerus="yes">
        <source>The project has %n image(s).</source>
        <translation>
            <numerusform>Das Projekt hat %n Bild.</numerusform>
            <numerusform>Das Projekt hat %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a model on an image of the project and add its answer as an annotation.</source>
        <translation>Ein Modell auf ein Bild des Projekts anwenden und sein Ergebnis als Annotation hinzufügen.</translation>
    </message>
    <message>
        <source>The image (added to the project if it is not in it).</source>
        <translation>Das Bild (wird dem Projekt hinzugefügt, falls es noch nicht enthalten ist).</translation>
    </message>
    <message>
        <source>Sliding windows at the model&apos;s native scale.</source>
        <translation>Gleitende Fenster im nativen Maßstab des Modells.</translation>
    </message>
    <message>
        <source>train, val or test.</source>
        <translation>train, val oder test.</translation>
    </message>
    <message>
        <source>expected the project file; see --help.</source>
        <translation>Projektdatei erwartet; siehe --help.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The expression is empty.</source>
        <translation>Der Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>--aoi must be x,y,w,h inside the %1 x %2 image.</source>
        <translation>--aoi muss x,y,w,h innerhalb des %1 x %2 großen Bildes sein.</translation>
    </message>
    <message>
        <source>Added annotation %1 “%2”: %3 pixels.</source>
        <translation>Annotation %1 „%2“ hinzugefügt: %3 Pixel.</translation>
    </message>
    <message>
        <source>Append one RefSegRS sample (chip, mask, phrase) per annotation to a folder.</source>
        <translation>Je Annotation ein RefSegRS-Beispiel (Bildausschnitt, Maske, Ausdruck) an einen Ordner anhängen.</translation>
    </message>
    <message>
        <source>The RefSegRS folder (created or appended to).</source>
        <translation>Der RefSegRS-Ordner (wird angelegt oder ergänzt).</translation>
    </message>
    <message>
        <source>Chip size in pixels (default 512).</source>
        <translation>Größe der Bildausschnitte in Pixeln (Standard 512).</translation>
    </message>
    <message>
        <source>Metres per chip pixel, e.g. 0.13 (default: the image&apos;s).</source>
        <translation>Meter pro Pixel des Bildausschnitts, z. B. 0.13 (Standard: der Wert des Bildes).</translation>
    </message>
    <message>
        <source>Seed of the split assignment (default 1).</source>
        <translation>Startwert für die Zuordnung zu Teilmengen (Standard 1).</translation>
    </message>
    <message>
        <source>Share of train for unassigned annotations (default 0.7).</source>
        <translation>Anteil von train für nicht zugewiesene Annotationen (Standard 0.7).</translation>
    </message>
    <message>
        <source>Share of val (default 0.1); the rest is test.</source>
        <translation>Anteil von val (Standard 0.1); der Rest ist test.</translation>
    </message>
    <message>
        <source>expected the project file and --out; see --help.</source>
        <translation>Projektdatei und --out erwartet; siehe --help.</translation>
    </message>
    <message>
        <source>--chip, --gsd, --seed, --train and --val must be numbers (train + val &lt;= 1).</source>
        <translation>--chip, --gsd, --seed, --train und --val müssen Zahlen sein (train + val &lt;= 1).</translation>
    </message>
    <message>
        <source>export </source>
        <translation>Export </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n sample(s) to %1.</source>
        <translation>
            <numerusform>%n Beispiel nach %1 geschrieben.</numerusform>
            <numerusform>%n Beispiele nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the sessions of studios that stopped without saving, or save one as a project.</source>
        <translation>Die Sitzungen von RRSIS Studio auflisten, die ohne Speichern beendet wurden, oder eine davon als Projekt speichern.</translation>
    </message>
    <message>
        <source>List the sessions that can be recovered.</source>
        <translation>Die wiederherstellbaren Sitzungen auflisten.</translation>
    </message>
    <message>
        <source>Where the sessions are (default: the studio&apos;s).</source>
        <translation>Ort der Sitzungen (Standard: der von RRSIS Studio).</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Die zu schreibende Projektdatei.</translation>
    </message>
    <message>
        <source>A session folder from --list.</source>
        <translation>Ein Sitzungsordner aus --list.</translation>
    </message>
    <message>
        <source>%1  %2, %3 annotation(s)</source>
        <translation>%1  %2, %3 Annotation(en)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1  damaged: %2</source>
        <translation>%1  beschädigt: %2</translation>
    </message>
    <message>
        <source>No session to recover in %1.</source>
        <translation>In %1 gibt es keine wiederherstellbare Sitzung.</translation>
    </message>
    <message>
        <source>--out is required with a session.</source>
        <translation>Mit einer Sitzung ist --out erforderlich.</translation>
    </message>
    <message>
        <source>%1 exists; choose another name (nothing is overwritten).</source>
        <translation>%1 existiert; wählen Sie einen anderen Namen (nichts wird überschrieben).</translation>
    </message>
    <message>
        <source>Recovered %1 record(s)%2 into %3.</source>
        <translation>%1 Eintrag/Einträge%2 in %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source> (the last one was cut off by the crash)</source>
        <translation> (der letzte wurde durch den Absturz abgeschnitten)</translation>
    </message>
    <message>
        <source>samples </source>
        <translation>Beispiele </translation>
    </message>
    <message>
        <source>windows </source>
        <translation>Fenster </translation>
    </message>
    <message>
        <source>Write a synthetic aerial scene (GeoTIFF)</source>
        <translation>Eine synthetische Luftbildszene schreiben (GeoTIFF)</translation>
    </message>
    <message>
        <source>Append synthetic samples (RefSegRS layout)</source>
        <translation>Synthetische Beispiele anhängen (RefSegRS-Layout)</translation>
    </message>
    <message>
        <source>Write the mask of what T describes</source>
        <translation>Die Maske dessen schreiben, was T beschreibt</translation>
    </message>
    <message>
        <source>Train a model and write a bundle</source>
        <translation>Ein Modell trainieren und ein Modellpaket schreiben</translation>
    </message>
    <message>
        <source>Score a model on a dataset split</source>
        <translation>Ein Modell auf einer Teilmenge eines Datensatzes bewerten</translation>
    </message>
    <message>
        <source>Print token ids and attention mask</source>
        <translation>Token-IDs und Attention-Maske ausgeben</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Ein Projekt anlegen</translation>
    </message>
    <message>
        <source>List a project&apos;s images and annotations</source>
        <translation>Bilder und Annotationen eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Add an image to a project</source>
        <translation>Ein Bild zu einem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Run a model and add its answer as an annotation</source>
        <translation>Ein Modell ausführen und seine Antwort als Annotation hinzufügen</translation>
    </message>
    <message>
        <source>Append one RefSegRS sample per annotation</source>
        <translation>Ein RefSegRS-Beispiel pro Annotation anhängen</translation>
    </message>
    <message>
        <source>List crashed studio sessions, or save one as a project</source>
        <translation>Abgestürzte Studio-Sitzungen auflisten oder eine als Projekt speichern</translation>
    </message>
    <message>
        <source>Usage: rrsis &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: rrsis &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;rrsis &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>
„rrsis &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>--threshold must be within 0..1.</source>
        <translation>--threshold muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>rrsis dataset from-classes: %1</source>
        <translation>rrsis dataset from-classes: %1</translation>
    </message>
    <message>
        <source>Turn a semantic segmentation dataset (images and colour-coded class masks) into a referring dataset in the RefSegRS layout: square chips, at several scales, one sample per class present in a chip (its mask, one of its expressions), sometimes one naming an absent class (empty mask). Splits are drawn per source image.</source>
        <translation>Einen Datensatz für semantische Segmentierung (Bilder und farbcodierte Klassenmasken) in einen Referring-Datensatz im RefSegRS-Layout umwandeln: quadratische Bildausschnitte in mehreren Skalierungsstufen, ein Beispiel je im Bildausschnitt vorhandener Klasse (ihre Maske, einer ihrer Ausdrücke), manchmal eines, das eine fehlende Klasse nennt (leere Maske). Die Teilmengen werden je Quellbild gezogen.</translation>
    </message>
    <message>
        <source>Folder of images (repeatable; pairs with --masks in order).</source>
        <translation>Bildordner (wiederholbar; wird der Reihe nach mit --masks gepaart).</translation>
    </message>
    <message>
        <source>Folder of colour masks named like their images.</source>
        <translation>Ordner mit Farbmasken, die wie ihre Bilder heißen.</translation>
    </message>
    <message>
        <source>Use every folder under DIR that holds images/ and masks/.</source>
        <translation>Jeden Ordner unter DIR verwenden, der images/ und masks/ enthält.</translation>
    </message>
    <message>
        <source>JSON list of classes: name, color, expressions, min_fraction, tolerance.</source>
        <translation>JSON-Liste der Klassen: name, color, expressions, min_fraction, tolerance.</translation>
    </message>
    <message>
        <source>New dataset folder (must not exist or be empty).</source>
        <translation>Neuer Datensatzordner (darf nicht existieren oder muss leer sein).</translation>
    </message>
    <message>
        <source>Shrink factors, comma-separated (default 1,2).</source>
        <translation>Verkleinerungsfaktoren, durch Kommas getrennt (Standard: 1,2).</translation>
    </message>
    <message>
        <source>Pixels between chips (default: the chip size).</source>
        <translation>Pixel zwischen Bildausschnitten (Standard: die Ausschnittgröße).</translation>
    </message>
    <message>
        <source>Share of source images for val (default 0.1).</source>
        <translation>Anteil der Quellbilder für val (Standard: 0.1).</translation>
    </message>
    <message>
        <source>Share of source images for test (default 0.1).</source>
        <translation>Anteil der Quellbilder für test (Standard: 0.1).</translation>
    </message>
    <message>
        <source>Chance per chip of a sample naming an absent class (default 0.15).</source>
        <translation>Wahrscheinlichkeit je Bildausschnitt für ein Beispiel, das eine fehlende Klasse nennt (Standard: 0.15).</translation>
    </message>
    <message>
        <source>--classes and --out are required.</source>
        <translation>--classes und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>give --images and --masks (as many of each), or --root.</source>
        <translation>--images und --masks (gleich viele) oder --root angeben.</translation>
    </message>
    <message>
        <source>--chip must be 16..8192.</source>
        <translation>--chip muss 16..8192 sein.</translation>
    </message>
    <message>
        <source>--stride must be 1..8192.</source>
        <translation>--stride muss 1..8192 sein.</translation>
    </message>
    <message>
        <source>--scales must be distinct whole numbers 1..64, such as 1,2,3.</source>
        <translation>--scales müssen verschiedene ganze Zahlen 1..64 sein, etwa 1,2,3.</translation>
    </message>
    <message>
        <source>--val-fraction and --test-fraction must be 0..1 with a sum of at most 1.</source>
        <translation>--val-fraction und --test-fraction müssen 0..1 sein und zusammen höchstens 1 ergeben.</translation>
    </message>
    <message>
        <source>--absent-rate must be 0..1.</source>
        <translation>--absent-rate muss 0..1 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number &gt;= 0.</source>
        <translation>--seed muss eine ganze Zahl &gt;= 0 sein.</translation>
    </message>
    <message>
        <source>warning: … and %1 more.</source>
        <translation>Warnung: … und %1 weitere.</translation>
    </message>
    <message>
        <source>Images: %1 read of %2 found; skipped: %3 without a mask, %4 of another size than their mask, %5 unreadable. %6 mask(s) without an image. %7 mask(s) hold colours of no class (ignored).</source>
        <translation>Bilder: %1 von %2 gefundenen gelesen; übersprungen: %3 ohne Maske, %4 mit anderer Größe als ihre Maske, %5 unlesbar. %6 Maske(n) ohne Bild. %7 Maske(n) enthalten Farben keiner Klasse (ignoriert).</translation>
    </message>
    <message>
        <source>Splits (images / chips): train %1 / %2, val %3 / %4, test %5 / %6; %7 image scale(s) smaller than a chip.</source>
        <translation>Teilmengen (Bilder / Bildausschnitte): train %1 / %2, val %3 / %4, test %5 / %6; %7 Bildskalierung(en) kleiner als ein Bildausschnitt.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
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
        <translation>fehlend (train/val/test)</translation>
    </message>
    <message>
        <source>Wrote %1 samples from %2 chips to %3.</source>
        <translation>%1 Beispiele aus %2 Bildausschnitten nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>rrsis dataset from-classes: no folder under %1 holds both images/ and masks/.</source>
        <translation>rrsis dataset from-classes: Kein Ordner unter %1 enthält sowohl images/ als auch masks/.</translation>
    </message>
    <message>
        <source>images </source>
        <translation>Bilder </translation>
    </message>
    <message>
        <source>Train on a project&apos;s annotations instead of --data (exported into the checkpoint folder; 20 % held out for validation when none is marked val).</source>
        <translation>Statt mit --data mit den Annotationen eines Projekts trainieren (in den Checkpoint-Ordner exportiert; 20 % werden zur Validierung zurückgehalten, wenn keine als val markiert ist).</translation>
    </message>
    <message>
        <source>Fine-tune this model bundle (read only): its weights, sizes and vocabulary, extended by new words.</source>
        <translation>Dieses Modellpaket feinabstimmen (wird nur gelesen): seine Gewichte, Größen und sein Vokabular, um neue Wörter erweitert.</translation>
    </message>
    <message>
        <source>With --init: backbone, text or none (default) stay as they are.</source>
        <translation>Mit --init: backbone, text oder none (Standard) bleiben unverändert.</translation>
    </message>
    <message>
        <source>Epochs (default 30; fine-tuning: about 3,000 samples seen, 10 to 60 epochs).</source>
        <translation>Epochen (Standard: 30; Fine-Tuning: etwa 3.000 gesehene Beispiele, 10 bis 60 Epochen).</translation>
    </message>
    <message>
        <source>AdamW learning rate, poly-decayed (default 0.001; fine-tuning 0.0002).</source>
        <translation>AdamW-Lernrate mit Poly-Abfall (Standard: 0.001; Fine-Tuning: 0.0002).</translation>
    </message>
    <message>
        <source>Square network input, a multiple of 32 (default 320, or the --init model&apos;s).</source>
        <translation>Quadratische Netzeingabe, ein Vielfaches von 32 (Standard: 320 oder die des --init-Modells).</translation>
    </message>
    <message>
        <source>Token sequence length (default 20, or the --init model&apos;s).</source>
        <translation>Länge der Tokenfolge (Standard: 20 oder die des --init-Modells).</translation>
    </message>
    <message>
        <source>rrsis train: --out and one of --data or --project are required, --freeze is backbone, text or none, and every number must be in range (see --help).</source>
        <translation>rrsis train: --out und entweder --data oder --project sind erforderlich, --freeze ist backbone, text oder none, und jede Zahl muss im gültigen Bereich liegen (siehe --help).</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Vocabulary: %1 new word(s): %2</source>
        <translation>Vokabular: %1 neue(s) Wort/Wörter: %2</translation>
    </message>
    <message>
        <source>Frozen: %1 parameter tensors.</source>
        <translation>Eingefroren: %1 Parametertensoren.</translation>
    </message>
    <message>
        <source>Turn colour-coded class masks into referring samples (RefSegRS layout)</source>
        <translation>Farbcodierte Klassenmasken in Referring-Beispiele umwandeln (RefSegRS-Layout)</translation>
    </message>
    <message>
        <source>Describe a PyTorch checkpoint (torch.save, PyTorch 1.6 or later) without Python: its tensors by group, its training arguments and other values. The file is read by a restricted reader that runs nothing; a checkpoint that asks to run code is refused.</source>
        <translation>Einen PyTorch-Checkpoint (torch.save, PyTorch 1.6 oder neuer) ohne Python beschreiben: seine Tensoren nach Gruppen, seine Trainingsargumente und weitere Werte. Die Datei wird von einem eingeschränkten Leser gelesen, der nichts ausführt; ein Checkpoint, der Code ausführen will, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Also list every tensor with its type and shape.</source>
        <translation>Auch jeden Tensor mit Typ und Form auflisten.</translation>
    </message>
    <message>
        <source>The checkpoint (.pth, .pt).</source>
        <translation>Der Checkpoint (.pth, .pt).</translation>
    </message>
    <message>
        <source>rrsis checkpoint info: expected exactly one file.</source>
        <translation>rrsis checkpoint info: genau eine Datei erwartet.</translation>
    </message>
    <message>
        <source>rrsis checkpoint info: %1</source>
        <translation>rrsis checkpoint info: %1</translation>
    </message>
    <message>
        <source>%1: %2 tensors, %3 elements</source>
        <translation>%1: %2 Tensoren, %3 Elemente</translation>
    </message>
    <message>
        <source>Describe a PyTorch checkpoint without Python</source>
        <translation>Einen PyTorch-Checkpoint ohne Python beschreiben</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Architecture: %1, %2 parameters</source>
        <translation>Architektur: %1, %2 Parameter</translation>
    </message>
    <message>
        <source>Input: %1 x %2, output %3</source>
        <translation>Eingabe: %1 x %2, Ausgabe %3</translation>
    </message>
    <message>
        <source>Tokenizer: %1, %2 entries, %3 tokens</source>
        <translation>Tokenizer: %1, %2 Einträge, %3 Token</translation>
    </message>
    <message>
        <source>Ground sample distance: %1 m per input pixel</source>
        <translation>Bodenauflösung: %1 m pro Eingabepixel</translation>
    </message>
    <message>
        <source>Trained on: %1</source>
        <translation>Trainiert mit: %1</translation>
    </message>
    <message>
        <source>Files: %1 (hash %2)</source>
        <translation>Dateien: %1 (Hash %2)</translation>
    </message>
    <message>
        <source>Print the metadata of a raster file, or describe a model bundle (NAME.rrsismodel): architecture, parameter count, input size and tokenizer.</source>
        <translation>Die Metadaten einer Rasterdatei ausgeben oder ein Modellpaket (NAME.rrsismodel) beschreiben: Architektur, Parameterzahl, Eingabegröße und Tokenizer.</translation>
    </message>
    <message>
        <source>The raster or model bundle to describe.</source>
        <translation>Das zu beschreibende Raster oder Modellpaket.</translation>
    </message>
    <message>
        <source>Print a raster&apos;s metadata or describe a model bundle</source>
        <translation>Metadaten eines Rasters ausgeben oder ein Modellpaket beschreiben</translation>
    </message>
    <message>
        <source>The checkpoint holds no BERT weights (a lavt checkpoint keeps them in &quot;bert_model&quot;, a lavt_one checkpoint in &quot;model&quot; as &quot;text_encoder.*&quot;).</source>
        <translation>Der Checkpoint enthält keine BERT-Gewichte (ein lavt-Checkpoint hält sie in &quot;bert_model&quot;, ein lavt_one-Checkpoint in &quot;model&quot; als &quot;text_encoder.*&quot;).</translation>
    </message>
    <message>
        <source>args.mha &quot;%1&quot; is not four numbers a-b-c-d</source>
        <translation>args.mha &quot;%1&quot; sind nicht vier Zahlen a-b-c-d</translation>
    </message>
    <message>
        <source>The weights are RMSIN&apos;s (cross-scale module, intra-scale branches): convert with --arch rmsin.</source>
        <translation>Die Gewichte sind die von RMSIN (skalenübergreifendes Modul, skaleninterne Zweige): mit --arch rmsin konvertieren.</translation>
    </message>
    <message>
        <source>args.window12 says False, but the relative position tables (529 rows) are those of window 12: window 12 is used.</source>
        <translation>args.window12 sagt False, die relativen Positionstabellen (529 Zeilen) gehören aber zu Fenster 12: Fenster 12 wird verwendet.</translation>
    </message>
    <message>
        <source>args.swin_type says %1, but the weights are of another size; the weights&apos; sizes are used.</source>
        <translation>args.swin_type sagt %1, die Gewichte haben aber eine andere Größe; die Größen der Gewichte werden verwendet.</translation>
    </message>
    <message>
        <source>BERT is %1 wide, not BERT-base&apos;s 768; its heads leave no trace in the weights, so %2 (one per 64 channels) are assumed.</source>
        <translation>BERT ist %1 breit, nicht 768 wie BERT-base; seine Köpfe hinterlassen in den Gewichten keine Spur, daher werden %2 angenommen (einer je 64 Kanäle).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>The file keeps BERT apart (the lavt layout); it is filed under text_encoder as lavt_one does.</source>
        <translation>Die Datei hält BERT getrennt (lavt-Layout); es wird wie bei lavt_one unter text_encoder abgelegt.</translation>
    </message>
    <message>
        <source>Checking %1 tensors against the %2 network</source>
        <translation>%1 Tensoren werden mit dem Netz %2 abgeglichen</translation>
    </message>
    <message>
        <source>%1 does not fit the %2 network: %3</source>
        <translation>%1 passt nicht zum Netz %2: %3</translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>Das Netz %1 kann nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>The input size %1 is outside 32..4096.</source>
        <translation>Die Eingabegröße %1 liegt außerhalb von 32..4096.</translation>
    </message>
    <message>
        <source>RMSIN&apos;s cross-scale attention in this checkpoint was built for a %1 x %1 deepest map, that is an input of %2 px; %3 px does not fit it.</source>
        <translation>Die skalenübergreifende Attention von RMSIN in diesem Checkpoint wurde für eine tiefste Karte von %1 x %1 gebaut, also eine Eingabe von %2 px; %3 px passen nicht dazu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move the new bundle to %1.</source>
        <translation>Das neue Modellpaket kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 exists; choose another name or allow overwriting.</source>
        <translation>%1 existiert; anderen Namen wählen oder Überschreiben erlauben.</translation>
    </message>
    <message>
        <source>The LAVT family tokenizes with BERT&apos;s vocab.txt (bert-base-uncased, 30,522 lines); none was given and none is in Hugging Face&apos;s cache. Pass it with --vocab FILE.</source>
        <translation>Die LAVT-Familie tokenisiert mit BERTs vocab.txt (bert-base-uncased, 30.522 Zeilen); keine wurde angegeben und keine liegt im Cache von Hugging Face. Mit --vocab DATEI angeben.</translation>
    </message>
    <message>
        <source>Cannot read the vocabulary %1: %2</source>
        <translation>Das Vokabular %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The vocabulary %1 has %2 entries but the checkpoint&apos;s BERT has %3 word embeddings.</source>
        <translation>Das Vokabular %1 hat %2 Einträge, das BERT des Checkpoints aber %3 Wort-Embeddings.</translation>
    </message>
    <message>
        <source>config.swin &quot;%1&quot; is not a Swin size (tiny, small, base, large, with -w7 or -w12)</source>
        <translation>config.swin &quot;%1&quot; ist keine Swin-Größe (tiny, small, base, large, mit -w7 oder -w12)</translation>
    </message>
    <message>
        <source>config.swin: depths, heads and fusion_heads must be lists of numbers</source>
        <translation>config.swin: depths, heads und fusion_heads müssen Zahlenlisten sein</translation>
    </message>
    <message>
        <source>config.swin must be a Swin size name or an object</source>
        <translation>config.swin muss ein Swin-Größenname oder ein Objekt sein</translation>
    </message>
    <message>
        <source>config.swin: %1</source>
        <translation>config.swin: %1</translation>
    </message>
    <message>
        <source>config.bert must be an object</source>
        <translation>config.bert muss ein Objekt sein</translation>
    </message>
    <message>
        <source>config.bert: sizes must be positive and hidden_size divisible by heads</source>
        <translation>config.bert: Größen müssen positiv und hidden_size durch heads teilbar sein</translation>
    </message>
    <message>
        <source>config.decoder &quot;%1&quot; is neither &quot;simple&quot; nor &quot;rotated&quot;</source>
        <translation>config.decoder &quot;%1&quot; ist weder &quot;simple&quot; noch &quot;rotated&quot;</translation>
    </message>
    <message>
        <source>The cross-scale module was built for a %1 x %1 deepest map (input %2 px), but the bundle&apos;s input is %3 px.</source>
        <translation>Das skalenübergreifende Modul wurde für eine tiefste Karte von %1 x %1 gebaut (Eingabe %2 px), die Eingabe des Modellpakets ist aber %3 px.</translation>
    </message>
    <message>
        <source>The tokenizer has %1 entries but BERT was built for a vocabulary of %2 (config.bert.vocab_size): they do not belong together.</source>
        <translation>Der Tokenizer hat %1 Einträge, BERT wurde aber für ein Vokabular von %2 gebaut (config.bert.vocab_size): sie gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>Invalid LAVT config: %1</source>
        <translation>Ungültige LAVT-Konfiguration: %1</translation>
    </message>
    <message>
        <source>the cross-scale attention&apos;s proj is %1 x %2, which fits no input size</source>
        <translation>proj der skalenübergreifenden Attention ist %1 x %2, was zu keiner Eingabegröße passt</translation>
    </message>
    <message>
        <source>no %1patch_embed.proj.weight: not a Swin backbone of the LAVT family</source>
        <translation>kein %1patch_embed.proj.weight: kein Swin-Backbone der LAVT-Familie</translation>
    </message>
    <message>
        <source>the backbone does not have four stages</source>
        <translation>das Backbone hat nicht vier Stufen</translation>
    </message>
    <message>
        <source>stage %1 of the backbone has no Swin blocks</source>
        <translation>Stufe %1 des Backbones hat keine Swin-Blöcke</translation>
    </message>
    <message>
        <source>a relative position table with %1 rows fits no window size</source>
        <translation>eine relative Positionstabelle mit %1 Zeilen passt zu keiner Fenstergröße</translation>
    </message>
    <message>
        <source>the stages use different window sizes</source>
        <translation>die Stufen verwenden verschiedene Fenstergrößen</translation>
    </message>
    <message>
        <source>no BERT embeddings under &quot;%1&quot;</source>
        <translation>keine BERT-Embeddings unter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>auto, fp32 or bf16 (auto: bf16 for the LAVT family where the hardware has it).</source>
        <translation>auto, fp32 oder bf16 (auto: bf16 für die LAVT-Familie, wo die Hardware es kann).</translation>
    </message>
    <message>
        <source>Model input size in pixels (default: the checkpoint&apos;s args.img_size, else 480).</source>
        <translation>Eingabegröße des Modells in Pixeln (Standard: args.img_size des Checkpoints, sonst 480).</translation>
    </message>
    <message>
        <source>BERT&apos;s vocab.txt (default: bert-base-uncased from Hugging Face&apos;s cache).</source>
        <translation>BERTs vocab.txt (Standard: bert-base-uncased aus dem Cache von Hugging Face).</translation>
    </message>
    <message>
        <source>The bundle to write (NAME.rrsismodel).</source>
        <translation>Das zu schreibende Modellpaket (NAME.rrsismodel).</translation>
    </message>
    <message>
        <source>The model&apos;s name in model.json.</source>
        <translation>Der Name des Modells in model.json.</translation>
    </message>
    <message>
        <source>Replace an existing bundle.</source>
        <translation>Ein vorhandenes Modellpaket ersetzen.</translation>
    </message>
    <message>
        <source>The .pth file.</source>
        <translation>Die .pth-Datei.</translation>
    </message>
    <message>
        <source>rrsis convert: expected CHECKPOINT.pth --arch A --out NAME.rrsismodel.</source>
        <translation>rrsis convert: erwartet CHECKPOINT.pth --arch A --out NAME.rrsismodel.</translation>
    </message>
    <message>
        <source>rrsis convert: --input-size must be a number of pixels in 32..4096.</source>
        <translation>rrsis convert: --input-size muss eine Pixelzahl in 32..4096 sein.</translation>
    </message>
    <message>
        <source>rrsis convert: %1</source>
        <translation>rrsis convert: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 (%3 layout), %4 parameters, input %5 x %5.</source>
        <translation>%1 geschrieben: %2 (Layout %3), %4 Parameter, Eingabe %5 x %5.</translation>
    </message>
    <message>
        <source>rrsis eval: --threads must be a number &gt;= 0 and --precision auto, fp32 or bf16.</source>
        <translation>rrsis eval: --threads muss eine Zahl &gt;= 0 sein und --precision auto, fp32 oder bf16.</translation>
    </message>
    <message>
        <source>rrsis predict: --threads must be &gt;= 0, --precision auto, fp32 or bf16, and --threshold within 0..1.</source>
        <translation>rrsis predict: --threads muss &gt;= 0 sein, --precision auto, fp32 oder bf16 und --threshold in 0..1.</translation>
    </message>
    <message>
        <source>Convert an official checkpoint into a model bundle</source>
        <translation>Einen offiziellen Checkpoint in ein Modellpaket umwandeln</translation>
    </message>
    <message>
        <source>The weights are FIANet&apos;s (object-position alignment, text-aware enhancement): convert with --arch fianet.</source>
        <translation>Die Gewichte sind die von FIANet (Objekt-Positions-Abgleich, textbewusste Verstärkung): mit --arch fianet konvertieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Object and position words: %1</source>
        <translation>Objekt- und Positionswörter: %1</translation>
    </message>
    <message>
        <source>FIANet: NLTK&apos;s data folder (or its tagger folder) for the object and position words (default: where NLTK looks, NLTK_DATA first).</source>
        <translation>FIANet: NLTKs Datenordner (oder sein Tagger-Ordner) für die Objekt- und Positionswörter (Standard: wo NLTK sucht, zuerst NLTK_DATA).</translation>
    </message>
    <message>
        <source>The weights are LGCE&apos;s (language-guided enhancement in the decoder): convert with --arch lgce.</source>
        <translation>Die Gewichte sind die von LGCE (sprachgeführte Verstärkung im Decoder): mit --arch lgce konvertieren.</translation>
    </message>
    <message>
        <source>The weights are LAVT&apos;s (no RMSIN, FIANet or LGCE modules): convert with --arch lavt or lavt_one.</source>
        <translation>Die Gewichte sind die von LAVT (keine RMSIN-, FIANet- oder LGCE-Module): mit --arch lavt oder lavt_one konvertieren.</translation>
    </message>
    <message>
        <source>%1 tensors (%2 parameters) of LGCE&apos;s reference decoder do not reach its output (msb2, msb3, lg_layer1, lg_layer2, msb1&apos;s patch embeddings and its CLS-token cross-attention); they are left out.</source>
        <translation>%1 Tensoren (%2 Parameter) des LGCE-Referenzdecoders erreichen seine Ausgabe nicht (msb2, msb3, lg_layer1, lg_layer2, die Patch-Einbettungen und die CLS-Token-Kreuzaufmerksamkeit von msb1); sie werden weggelassen.</translation>
    </message>
    <message>
        <source>Unknown architecture &quot;%1&quot; (known: lavt, lavt_one, rmsin, fianet, lgce).</source>
        <translation>Unbekannte Architektur „%1“ (bekannt: lavt, lavt_one, rmsin, fianet, lgce).</translation>
    </message>
    <message>
        <source>config.lgce must be an object</source>
        <translation>config.lgce muss ein Objekt sein</translation>
    </message>
    <message>
        <source>config.lgce: depths and heads must be two numbers each (stage 3, stage 4)</source>
        <translation>config.lgce: depths und heads müssen je zwei Zahlen sein (Stufe 3, Stufe 4)</translation>
    </message>
    <message>
        <source>Convert an official checkpoint (torch.save .pth of LAVT-RIS in either layout, RMSIN, RemoteSAM, FIANet or LGCE) into a model bundle the studio and the CLI run natively. The file is read by a restricted reader that runs nothing; optimizer state is skipped; the network&apos;s sizes are read from the weights.</source>
        <translation>Einen offiziellen Checkpoint (torch.save-.pth von LAVT-RIS in beiden Layouts, RMSIN, RemoteSAM, FIANet oder LGCE) in ein Modellpaket umwandeln, das Studio und CLI nativ ausführen. Die Datei wird von einem eingeschränkten Leser gelesen, der nichts ausführt; der Optimiererzustand wird übersprungen; die Größen des Netzes werden aus den Gewichten gelesen.</translation>
    </message>
    <message>
        <source>Architecture: lavt, lavt_one, rmsin, fianet or lgce (RemoteSAM is rmsin at 896 px).</source>
        <translation>Architektur: lavt, lavt_one, rmsin, fianet oder lgce (RemoteSAM ist rmsin bei 896 px).</translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation>Implementierung: %1</translation>
    </message>
    <message>
        <source>FIANet&apos;s object and position words: %1</source>
        <translation>Objekt- und Positionswörter von FIANet: %1</translation>
    </message>
    <message>
        <source>Write a project&apos;s annotations to one COCO instances JSON file (run-length masks over each image, the expression, split and provenance as extra fields).</source>
        <translation>Die Annotationen eines Projekts in eine COCO-Instanzen-JSON-Datei schreiben (Lauflängenmasken über jedes Bild, Ausdruck, Aufteilung und Herkunft als zusätzliche Felder).</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Die zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <source>Masks as polygons instead of run-lengths (holes are filled).</source>
        <translation>Masken als Polygone statt Lauflängen (Löcher werden gefüllt).</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Die Datei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Wrote %1 annotation(s) of %2 image(s) in %3 categories to %4.</source>
        <translation>%1 Annotation(en) aus %2 Bild(ern) in %3 Kategorien nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>Write the annotations as one COCO instances file</source>
        <translation>Die Annotationen als eine COCO-Instanzen-Datei schreiben</translation>
    </message>
    <message>
        <source>Add the annotations of a COCO instances file to the project&apos;s images (matched by file name and size) and save the project.</source>
        <translation>Die Annotationen einer COCO-Instanzen-Datei zu den Bildern des Projekts hinzufügen (zugeordnet nach Dateiname und Größe) und das Projekt speichern.</translation>
    </message>
    <message>
        <source>The COCO instances JSON file.</source>
        <translation>Die COCO-Instanzen-JSON-Datei.</translation>
    </message>
    <message>
        <source>expected the project file and the COCO file; see --help.</source>
        <translation>Projektdatei und COCO-Datei erwartet; siehe --help.</translation>
    </message>
    <message>
        <source>import </source>
        <translation>Import </translation>
    </message>
    <message>
        <source>Imported %1 annotation(s) into %2 image(s) of %3.</source>
        <translation>%1 Annotation(en) in %2 Bild(er) von %3 importiert.</translation>
    </message>
    <message>
        <source>Add a COCO file&apos;s annotations to the project&apos;s images</source>
        <translation>Die Annotationen einer COCO-Datei zu den Bildern des Projekts hinzufügen</translation>
    </message>
    <message>
        <source>rrsis export: %1</source>
        <translation>rrsis export: %1</translation>
    </message>
    <message>
        <source>rrsis import: %1</source>
        <translation>rrsis import: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>%n Annotation nach %1 geschrieben.</numerusform>
            <numerusform>%n Annotationen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format “%1”; see --help.</source>
        <translation>unbekanntes Format „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>--tolerance must be a number of map units, 0 or more.</source>
        <translation>--tolerance muss eine Zahl von Karteneinheiten sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Export a project&apos;s annotations. Formats: refsegrs (appends chips to a RefSegRS folder), rrsisd (a new RRSIS-D / RefCOCO folder: instances.json, refs(unc).p, JPEGImages), coco (one instances JSON), masks (a GeoTIFF per annotation), labels (a uint16 GeoTIFF and a CSV per scene), gpkg, geojson (WGS 84), shp (a folder). Nothing existing is replaced without --overwrite.</source>
        <translation>Die Annotationen eines Projekts exportieren. Formate: refsegrs (hängt Ausschnitte an einen RefSegRS-Ordner an), rrsisd (ein neuer RRSIS-D-/RefCOCO-Ordner: instances.json, refs(unc).p, JPEGImages), coco (eine Instances-JSON-Datei), masks (ein GeoTIFF je Annotation), labels (ein uint16-GeoTIFF und eine CSV je Szene), gpkg, geojson (WGS 84), shp (ein Ordner). Ohne --overwrite wird nichts Vorhandenes ersetzt.</translation>
    </message>
    <message>
        <source>refsegrs, rrsisd, coco, masks, labels, gpkg, geojson or shp.</source>
        <translation>refsegrs, rrsisd, coco, masks, labels, gpkg, geojson oder shp.</translation>
    </message>
    <message>
        <source>The file or folder to write.</source>
        <translation>Die zu schreibende Datei oder der Ordner.</translation>
    </message>
    <message>
        <source>Replace the output if it exists.</source>
        <translation>Die Ausgabe ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Chip size in pixels (refsegrs 512, rrsisd 800).</source>
        <translation>Ausschnittgröße in Pixeln (refsegrs 512, rrsisd 800).</translation>
    </message>
    <message>
        <source>Metres per chip pixel (default: the image&apos;s).</source>
        <translation>Meter je Ausschnittpixel (Standard: die des Bildes).</translation>
    </message>
    <message>
        <source>coco: masks as polygons (holes are filled).</source>
        <translation>coco: Masken als Polygone (Löcher werden gefüllt).</translation>
    </message>
    <message>
        <source>Vector simplification in map units (default 0: every pixel edge).</source>
        <translation>Vektorvereinfachung in Karteneinheiten (Standard 0: jede Pixelkante).</translation>
    </message>
    <message>
        <source>expected the project file, --format and --out; see --help.</source>
        <translation>erwartet die Projektdatei, --format und --out; siehe --help.</translation>
    </message>
    <message>
        <source>Import annotations into a project and save it: a COCO file, a RefSegRS or RRSIS-D folder (each sample&apos;s image becomes a scene), a vector file (rasterised onto the scenes from its CRS) or a mask or label raster (resampled onto a scene). Each import is one undo step in the studio.</source>
        <translation>Annotationen in ein Projekt importieren und es speichern: eine COCO-Datei, einen RefSegRS- oder RRSIS-D-Ordner (das Bild jeder Probe wird eine Szene), eine Vektordatei (aus ihrem KBS auf die Szenen gerastert) oder ein Masken- oder Labelraster (auf eine Szene umgerechnet). Jeder Import ist im Studio ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>The file or folder to import.</source>
        <translation>Die zu importierende Datei oder der Ordner.</translation>
    </message>
    <message>
        <source>coco, dataset, vector or raster (default: from the source).</source>
        <translation>coco, dataset, vector oder raster (Standard: aus der Quelle).</translation>
    </message>
    <message>
        <source>vector, raster: the scene to import onto (1-based; default: where it lies).</source>
        <translation>vector, raster: die Zielszene (ab 1; Standard: wo es liegt).</translation>
    </message>
    <message>
        <source>raster: the expression of a mask raster.</source>
        <translation>raster: der Ausdruck eines Maskenrasters.</translation>
    </message>
    <message>
        <source>vector: the attribute holding the expression.</source>
        <translation>vector: das Attribut mit dem Ausdruck.</translation>
    </message>
    <message>
        <source>expected the project file and the source; see --help.</source>
        <translation>erwartet die Projektdatei und die Quelle; siehe --help.</translation>
    </message>
    <message>
        <source>--scene must be a scene number.</source>
        <translation>--scene muss eine Szenennummer sein.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) into %1.</source>
        <translation>
            <numerusform>%n Annotation in %1 importiert.</numerusform>
            <numerusform>%n Annotationen in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export annotations: refsegrs, rrsisd, coco, masks, labels, gpkg, geojson, shp</source>
        <translation>Annotationen exportieren: refsegrs, rrsisd, coco, masks, labels, gpkg, geojson, shp</translation>
    </message>
    <message>
        <source>Import a COCO file, dataset folder, vector layer or mask raster</source>
        <translation>Eine COCO-Datei, einen Datensatzordner, eine Vektorebene oder ein Maskenraster importieren</translation>
    </message>
    <message>
        <source>%1: this build of rrsis has no model engine.</source>
        <translation>%1: Dieser Build von rrsis hat keine Modell-Engine.</translation>
    </message>
    <message>
        <source>rrsis: cannot start the model engine %1: %2</source>
        <translation>rrsis: Die Modell-Engine %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>rrsis: this command runs a model, but the model engine (rrsis-ml) is not installed; looked for %1</source>
        <translation>rrsis: Dieser Befehl führt ein Modell aus, aber die Modell-Engine (rrsis-ml) ist nicht installiert; gesucht wurde nach %1</translation>
    </message>
</context>
<context>
    <name>rrsis::AnnotationDocument</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>„%1“ einblenden</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
    <message>
        <source>Change Opacity of “%1”</source>
        <translation>Deckkraft von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Threshold of “%1”</source>
        <translation>Schwellenwert von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Colour of “%1”</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Category of “%1”</source>
        <translation>Kategorie von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Split of “%1”</source>
        <translation>Teilmenge von „%1“ ändern</translation>
    </message>
    <message>
        <source>Run Model Again on “%1”</source>
        <translation>Modell erneut auf „%1“ anwenden</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Paint</source>
        <translation>Malen</translation>
    </message>
    <message>
        <source>Subtract Polygon</source>
        <translation>Polygon abziehen</translation>
    </message>
    <message>
        <source>Add Polygon</source>
        <translation>Polygon hinzufügen</translation>
    </message>
    <message>
        <source>Subtract Magic Wand</source>
        <translation>Zauberstab-Bereich abziehen</translation>
    </message>
    <message>
        <source>Magic Wand</source>
        <translation>Zauberstab</translation>
    </message>
    <message>
        <source>Fill Holes</source>
        <translation>Löcher füllen</translation>
    </message>
    <message>
        <source>Remove Regions Smaller Than %1 px</source>
        <translation>Bereiche kleiner als %1 px entfernen</translation>
    </message>
    <message>
        <source>Grow by %1 px</source>
        <translation>Um %1 px ausdehnen</translation>
    </message>
    <message>
        <source>Shrink by %1 px</source>
        <translation>Um %1 px schrumpfen</translation>
    </message>
    <message>
        <source>Keep Largest Region</source>
        <translation>Größten Bereich behalten</translation>
    </message>
    <message>
        <source>Clear Mask</source>
        <translation>Maske leeren</translation>
    </message>
</context>
<context>
    <name>rrsis::PerceptronTagger</name>
    <message>
        <source>%1 does not hold NLTK&apos;s tagger (weights and tag dictionary objects, a class list).</source>
        <translation>%1 enthält nicht den Tagger von NLTK (Gewichts- und Tag-Wörterbuch-Objekte, eine Klassenliste).</translation>
    </message>
    <message>
        <source>%1: the tagger has no classes.</source>
        <translation>%1: Der Tagger hat keine Klassen.</translation>
    </message>
    <message>
        <source>NLTK averaged perceptron (%1)</source>
        <translation>gemitteltes Perzeptron von NLTK (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rrsis::RuleBasedTagger</name>
    <message>
        <source>rules (NLTK&apos;s tagger data not found)</source>
        <translation>Regeln (Tagger-Daten von NLTK nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::AnnotationListModel</name>
    <message>
        <source>Model %1 on %2, %3 query of %4 x %5 px at (%6, %7), %8 s</source>
        <translation>Modell %1 auf %2, %3-Abfrage von %4 x %5 px bei (%6, %7), %8 s</translation>
    </message>
    <message>
        <source>Drawn by hand</source>
        <translation>Von Hand gezeichnet</translation>
    </message>
    <message>
        <source>Model hash %1</source>
        <translation>Modell-Hash %1</translation>
    </message>
    <message numerus="yes">
        <source>Edited by hand %n time(s)</source>
        <translation>
            <numerusform>%n-mal von Hand bearbeitet</numerusform>
            <numerusform>%n-mal von Hand bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not edited by hand</source>
        <translation>Nicht von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Teilmenge: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>(no expression)</source>
        <translation>(kein Ausdruck)</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::AoiTool</name>
    <message>
        <source>Area of Interest</source>
        <translation>Interessensbereich</translation>
    </message>
    <message>
        <source>Area of interest: drag a rectangle for the next queries; a click clears it.</source>
        <translation>Interessensbereich: Rechteck für die nächsten Abfragen aufziehen; ein Klick entfernt ihn.</translation>
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
    <name>rrsis::ui::BrushTool</name>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>radius %1 px ([ and ] change it)</source>
        <translation>Radius %1 px ([ und ] ändern ihn)</translation>
    </message>
    <message>
        <source>Eraser: drag to erase from the selected annotation; %1.</source>
        <translation>Radierer: Ziehen, um aus der ausgewählten Annotation zu radieren; %1.</translation>
    </message>
    <message>
        <source>Brush: drag to paint the selected annotation (a new one when none is selected); Ctrl erases; %1.</source>
        <translation>Pinsel: Ziehen, um die ausgewählte Annotation zu malen (eine neue, wenn keine ausgewählt ist); Strg radiert; %1.</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::DatasetBrowserDock</name>
    <message>
        <source>Dataset Browser</source>
        <translation>Datensatz-Browser</translation>
    </message>
    <message>
        <source>Checking samples… %1 / %2</source>
        <translation>Beispiele werden geprüft… %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) are broken (red); the others are usable.</source>
        <translation>
            <numerusform>%n Beispiel ist defekt (rot); die übrigen sind verwendbar.</numerusform>
            <numerusform>%n Beispiele sind defekt (rot); die übrigen sind verwendbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sample(s) can be read.</source>
        <translation>
            <numerusform>%n Beispiel ist lesbar.</numerusform>
            <numerusform>Alle %n Beispiele sind lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Dataset…</source>
        <translation>Datensatz öffnen…</translation>
    </message>
    <message>
        <source>A RefSegRS or RRSIS-D folder, or a folder a project was exported to</source>
        <translation>Ein RefSegRS- oder RRSIS-D-Ordner oder ein Ordner, in den ein Projekt exportiert wurde</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <source>Filter by id, expression or category</source>
        <translation>Nach ID, Ausdruck oder Kategorie filtern</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Alle Teilmengen</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Run the current model on this sample and score it (Ctrl+Shift+P)</source>
        <translation>Das aktuelle Modell auf dieses Beispiel anwenden und das Ergebnis bewerten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Edit in Project</source>
        <translation>Im Projekt bearbeiten</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not a dataset: %1</source>
        <translation>Kein Datensatz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sample(s)</source>
        <translation>
            <numerusform>%1: %n Beispiel</numerusform>
            <numerusform>%1: %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken sample: %1</source>
        <translation>Defektes Beispiel: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;“%4”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;„%4“</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#28b45a&apos;&gt;■&lt;/span&gt; ground truth</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#28b45a&apos;&gt;■&lt;/span&gt; Referenz</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#ff28c8&apos;&gt;□&lt;/span&gt; prediction, IoU %1 %</source>
        <translation>&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#ff28c8&apos;&gt;□&lt;/span&gt; Vorhersage, IoU %1 %</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Vorhersage läuft…</translation>
    </message>
    <message>
        <source>The model could not run: %1</source>
        <translation>Das Modell konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Open the selected samples&apos; chips as images of the project, each with its sample as an annotation (split kept); export them again to save corrections as new samples (Ctrl+Return)</source>
        <translation>Die Bildausschnitte der gewählten Beispiele als Bilder des Projekts öffnen, jedes mit seinem Beispiel als Annotation (Teilmenge bleibt); erneut exportieren, um Korrekturen als neue Beispiele zu speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::DatasetSampleModel</name>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>IoU %</source>
        <translation>IoU %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::EditTools</name>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source> Brush: </source>
        <translation> Pinsel: </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in image pixels ([ and ] change it)</source>
        <translation>Pinselradius in Bildpixeln ([ und ] ändern ihn)</translation>
    </message>
    <message>
        <source> Tolerance: </source>
        <translation> Toleranz: </translation>
    </message>
    <message>
        <source>Magic wand: how far a colour may be from the clicked one (0-255 per channel)</source>
        <translation>Zauberstab: wie weit eine Farbe von der angeklickten abweichen darf (0-255 je Kanal)</translation>
    </message>
    <message>
        <source>Fill &amp;Holes</source>
        <translation>Lö&amp;cher füllen</translation>
    </message>
    <message>
        <source>Remove &amp;Small Regions…</source>
        <translation>&amp;Kleine Bereiche entfernen…</translation>
    </message>
    <message>
        <source>Remove regions smaller than (pixels):</source>
        <translation>Bereiche entfernen, die kleiner sind als (Pixel):</translation>
    </message>
    <message>
        <source>&amp;Grow…</source>
        <translation>&amp;Ausdehnen…</translation>
    </message>
    <message>
        <source>Grow the mask by (pixels):</source>
        <translation>Maske ausdehnen um (Pixel):</translation>
    </message>
    <message>
        <source>Shrin&amp;k…</source>
        <translation>&amp;Schrumpfen…</translation>
    </message>
    <message>
        <source>Shrink the mask by (pixels):</source>
        <translation>Maske schrumpfen um (Pixel):</translation>
    </message>
    <message>
        <source>Keep &amp;Largest Region</source>
        <translation>&amp;Größten Bereich behalten</translation>
    </message>
    <message>
        <source>&amp;Clear Mask</source>
        <translation>Maske &amp;leeren</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::EngineLoader</name>
    <message>
        <source>not a model engine module (it has no %1)</source>
        <translation>kein Modul der Modell-Engine (%1 fehlt)</translation>
    </message>
    <message>
        <source>built for another version of RRSIS Studio</source>
        <translation>für eine andere Version von RRSIS Studio gebaut</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>The model engine (LibTorch) could not be loaded, so no model can run; images and annotations work as usual. Reinstalling RRSIS Studio should repair it. Tried: %1</source>
        <translation>Die Modell-Engine (LibTorch) konnte nicht geladen werden, daher kann kein Modell laufen; Bilder und Annotationen funktionieren wie gewohnt. Eine Neuinstallation von RRSIS Studio sollte das beheben. Versucht: %1</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::EvaluateDialog</name>
    <message>
        <source>Evaluate Model</source>
        <translation>Modell bewerten</translation>
    </message>
    <message>
        <source>A RefSegRS or RRSIS-D folder</source>
        <translation>Ein RefSegRS- oder RRSIS-D-Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Teilmenge:</translation>
    </message>
    <message>
        <source>LAVT (prediction at the model input, IoU 0 for an empty union)</source>
        <translation>LAVT (Vorhersage in der Eingabegröße des Modells, IoU 0 bei leerer Vereinigung)</translation>
    </message>
    <message>
        <source>Native resolution</source>
        <translation>Native Auflösung</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
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
        <translation>Doppelklicken, um das Beispiel im Datensatz-Browser anzuzeigen</translation>
    </message>
    <message>
        <source>Worst samples:</source>
        <translation>Schlechteste Beispiele:</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b41e1e&apos;&gt;&lt;b&gt;The evaluation failed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b41e1e&apos;&gt;&lt;b&gt;Die Bewertung ist fehlgeschlagen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 samples, %2 split&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 Beispiele, Teilmenge %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol: %1. Model: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Protokoll: %1. Modell: %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:#b41e1e&apos;&gt;%n unreadable sample(s) left out.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:#b41e1e&apos;&gt;%n unlesbares Beispiel ausgelassen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:#b41e1e&apos;&gt;%n unlesbare Beispiele ausgelassen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1  IoU %2 %  “%3”</source>
        <translation>%1  IoU %2 %  „%3“</translation>
    </message>
    <message>
        <source>Save the Report in</source>
        <translation>Bericht speichern in</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ExportDialog</name>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>RefSegRS samples (appended to a folder)</source>
        <translation>RefSegRS-Proben (an einen Ordner angehängt)</translation>
    </message>
    <message>
        <source>RRSIS-D / RefCOCO dataset (new folder)</source>
        <translation>RRSIS-D-/RefCOCO-Datensatz (neuer Ordner)</translation>
    </message>
    <message>
        <source>COCO instances (JSON file)</source>
        <translation>COCO-Instanzen (JSON-Datei)</translation>
    </message>
    <message>
        <source>Mask GeoTIFF per annotation (new folder)</source>
        <translation>Masken-GeoTIFF je Annotation (neuer Ordner)</translation>
    </message>
    <message>
        <source>Label GeoTIFF per scene (new folder)</source>
        <translation>Label-GeoTIFF je Szene (neuer Ordner)</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>GeoJSON (WGS 84)</source>
        <translation>GeoJSON (WGS 84)</translation>
    </message>
    <message>
        <source>Shapefile (new folder)</source>
        <translation>Shapefile (neuer Ordner)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern nach:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Chip size:</source>
        <translation>Ausschnittgröße:</translation>
    </message>
    <message>
        <source>the image&apos;s</source>
        <translation>die des Bildes</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Ground size of a chip pixel; RefSegRS uses 0.13 m. Needs georeferenced images.</source>
        <translation>Bodengröße eines Ausschnittpixels; RefSegRS verwendet 0,13 m. Braucht georeferenzierte Bilder.</translation>
    </message>
    <message>
        <source>Ground resolution:</source>
        <translation>Bodenauflösung:</translation>
    </message>
    <message>
        <source>Train share:</source>
        <translation>Anteil Training:</translation>
    </message>
    <message>
        <source>Validation share:</source>
        <translation>Anteil Validierung:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Masks as polygons (holes are filled)</source>
        <translation>Masken als Polygone (Löcher werden gefüllt)</translation>
    </message>
    <message>
        <source>none (every pixel edge)</source>
        <translation>keine (jede Pixelkante)</translation>
    </message>
    <message>
        <source>Douglas-Peucker tolerance in map units (pixels for images without georeferencing).</source>
        <translation>Douglas-Peucker-Toleranz in Karteneinheiten (Pixel bei Bildern ohne Georeferenz).</translation>
    </message>
    <message>
        <source>Simplify by:</source>
        <translation>Vereinfachen um:</translation>
    </message>
    <message>
        <source>Replace it if it exists</source>
        <translation>Ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>COCO JSON (*.json)</source>
        <translation>COCO-JSON (*.json)</translation>
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
        <translation>RefSegRS-Ordner (neue Proben werden angehängt)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>Annotationen werden exportiert…</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Der Export wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s) to %1.</source>
        <translation>
            <numerusform>%n Annotation nach %1 geschrieben.</numerusform>
            <numerusform>%n Annotationen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source> Cancelled: the remaining annotations were not exported.</source>
        <translation> Abgebrochen: Die übrigen Annotationen wurden nicht exportiert.</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::IoUHistogramView</name>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>IoU per sample (%)</source>
        <translation>IoU je Beispiel (%)</translation>
    </message>
    <message>
        <source>IoU from (%)</source>
        <translation>IoU ab (%)</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::LayersDock</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>Pixels whose probability reaches the threshold belong to the mask. Changes apply at once, without running the model again; hand edits stay.</source>
        <translation>Pixel, deren Wahrscheinlichkeit den Schwellenwert erreicht, gehören zur Maske. Änderungen wirken sofort, ohne das Modell erneut auszuführen; Handbearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Teilmenge:</translation>
    </message>
    <message>
        <source>e.g. vehicle, building, road</source>
        <translation>z. B. Fahrzeug, Gebäude, Straße</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Choose the annotation&apos;s colour</source>
        <translation>Farbe der Annotation wählen</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected annotations (Delete)</source>
        <translation>Ausgewählte Annotationen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected annotation</source>
        <translation>Ausgewählte Annotation kopieren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Join the masks of the selected annotations into the current one</source>
        <translation>Masken der ausgewählten Annotationen in die aktuelle übernehmen</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the model again on the expression, over the current view; hand edits are kept</source>
        <translation>Modell mit dem Ausdruck erneut auf die aktuelle Ansicht anwenden; Handbearbeitungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Annotation Colour</source>
        <translation>Farbe der Annotation</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Annotation(s)</source>
        <translation>
            <numerusform>%n Annotation entfernen</numerusform>
            <numerusform>%n Annotationen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn by hand · edited %n time(s)</source>
        <translation>
            <numerusform>Von Hand gezeichnet · %n-mal bearbeitet</numerusform>
            <numerusform>Von Hand gezeichnet · %n-mal bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 x %3 px at (%4, %5) · %6 · %7 s · edited %n time(s)</source>
        <translation>
            <numerusform>%1 · %2 x %3 px bei (%4, %5) · %6 · %7 s · %n-mal bearbeitet</numerusform>
            <numerusform>%1 · %2 x %3 px bei (%4, %5) · %6 · %7 s · %n-mal bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Type an expression in the Find bar (Ctrl+L) to add a layer, or paint with the Brush (B).</source>
        <translation>Geben Sie einen Ausdruck in die Suchleiste ein (Strg+L), um eine Ebene hinzuzufügen, oder malen Sie mit dem Pinsel (B).</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::LearningTools</name>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>&amp;Bewerten…</translation>
    </message>
    <message>
        <source>&amp;Train on These Annotations…</source>
        <translation>Mit diesen Annotationen &amp;trainieren…</translation>
    </message>
    <message>
        <source>Opening %1 in the Dataset Browser…</source>
        <translation>%1 wird im Datensatz-Browser geöffnet…</translation>
    </message>
    <message>
        <source>Load Sample Mask</source>
        <translation>Beispielmaske laden</translation>
    </message>
    <message>
        <source>The chip could not be opened.</source>
        <translation>Der Bildausschnitt konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Sample %1: %2</source>
        <translation>Beispiel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) are now annotations: correct them, then export the project to save them as new samples.</source>
        <translation>
            <numerusform>%n Beispiel ist jetzt eine Annotation: korrigieren Sie es und exportieren Sie dann das Projekt, um es als neues Beispiel zu speichern.</numerusform>
            <numerusform>%n Beispiele sind jetzt Annotationen: korrigieren Sie sie und exportieren Sie dann das Projekt, um sie als neue Beispiele zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening samples… %1 left</source>
        <translation>Beispiele werden geöffnet … noch %1</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::MagicWandTool</name>
    <message>
        <source>Magic Wand</source>
        <translation>Zauberstab</translation>
    </message>
    <message>
        <source>Magic Wand: click to add the region of similar colour (tolerance %1), Ctrl+click to remove it.</source>
        <translation>Zauberstab: Klicken fügt den Bereich ähnlicher Farbe hinzu (Toleranz %1), Strg+Klick entfernt ihn.</translation>
    </message>
    <message>
        <source>The magic wand cannot read the image: %1</source>
        <translation>Der Zauberstab kann das Bild nicht lesen: %1</translation>
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
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Model &amp;Information…</source>
        <translation>Modell&amp;informationen…</translation>
    </message>
    <message>
        <source>Open Model Bundle (a folder with model.json)</source>
        <translation>Modellpaket öffnen (ein Ordner mit model.json)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Recent &amp;Models</source>
        <translation>&amp;Zuletzt verwendete Modelle</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Maske</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>%1 changed since it was annotated: check that the annotations still fit.</source>
        <translation>%1 wurde seit der Annotation geändert: Prüfen Sie, ob die Annotationen noch passen.</translation>
    </message>
    <message>
        <source>Image Size Changed</source>
        <translation>Bildgröße geändert</translation>
    </message>
    <message>
        <source>%1 is now %2 x %3 pixels; its annotations were made on %4 x %5. They are shown as they were.</source>
        <translation>%1 hat jetzt %2 x %3 Pixel; seine Annotationen wurden auf %4 x %5 erstellt. Sie werden unverändert angezeigt.</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>Annotation %1</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n annotation(s) from the project? The image file stays.</source>
        <translation>
            <numerusform>%1 und seine %n Annotation aus dem Projekt entfernen? Die Bilddatei bleibt erhalten.</numerusform>
            <numerusform>%1 und seine %n Annotationen aus dem Projekt entfernen? Die Bilddatei bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Recent Pro&amp;jects</source>
        <translation>Zuletzt geöffnete Pro&amp;jekte</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt spei&amp;chern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>The project has no annotations yet.</source>
        <translation>Das Projekt hat noch keine Annotationen.</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Das Training läuft</translation>
    </message>
    <message>
        <source>Stop training and close? The finished epochs are kept: Model ▸ Train on These Annotations ▸ Resume continues the run.</source>
        <translation>Training anhalten und schließen? Die abgeschlossenen Epochen bleiben erhalten: Modell ▸ Mit diesen Annotationen trainieren ▸ Fortsetzen setzt den Lauf fort.</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Annotationen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Annotationen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Annotations (*.json *.gpkg *.geojson *.shp *.tif *.tiff *.p);;All files (*)</source>
        <translation>Annotationen (*.json *.gpkg *.geojson *.shp *.tif *.tiff *.p);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ModelInfoDialog</name>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Modellpaket: %1</translation>
    </message>
    <message>
        <source>Architecture: %1</source>
        <translation>Architektur: %1</translation>
    </message>
    <message>
        <source>Tokenizer: %1, %2 entries, %3 tokens</source>
        <translation>Tokenizer: %1, %2 Einträge, %3 Token</translation>
    </message>
    <message>
        <source>Input size: %1 x %2</source>
        <translation>Eingabegröße: %1 x %2</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Native ground sample distance: %1 m</source>
        <translation>Native Bodenauflösung (GSD): %1 m</translation>
    </message>
    <message>
        <source>Trained on: %1</source>
        <translation>Trainiert mit: %1</translation>
    </message>
    <message>
        <source>Model Information</source>
        <translation>Modellinformationen</translation>
    </message>
    <message>
        <source>oIoU %1, mIoU %2, Prec@0.5 %3 (%4 samples)</source>
        <translation>oIoU %1, mIoU %2, Prec@0.5 %3 (%4 Beispiele)</translation>
    </message>
    <message>
        <source>Test split: %1</source>
        <translation>Test-Split: %1</translation>
    </message>
    <message>
        <source>Validation split: %1</source>
        <translation>Validierungs-Split: %1</translation>
    </message>
    <message>
        <source>Device: %1, %2 thread(s), %3</source>
        <translation>Gerät: %1, %2 Thread(s), %3</translation>
    </message>
    <message>
        <source>Object and position words: %1</source>
        <translation>Objekt- und Positionswörter: %1</translation>
    </message>
    <message>
        <source>Implementation: %1</source>
        <translation>Implementierung: %1</translation>
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
    <name>rrsis::ui::PanTool</name>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Pan: drag to move the picture (Space or the middle button pans with any tool).</source>
        <translation>Verschieben: Ziehen bewegt das Bild (Leertaste oder mittlere Maustaste verschieben mit jedem Werkzeug).</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::PolygonTool</name>
    <message>
        <source>Polygon / Lasso</source>
        <translation>Polygon / Lasso</translation>
    </message>
    <message>
        <source>Polygon / Lasso: click vertices or drag freehand; Enter or double-click adds the shape, Ctrl+Enter or Ctrl+double-click subtracts it; Esc cancels.</source>
        <translation>Polygon / Lasso: Eckpunkte klicken oder freihändig ziehen; Eingabetaste oder Doppelklick fügt die Form hinzu, Strg+Eingabetaste oder Strg+Doppelklick zieht sie ab; Esc bricht ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n vertex(es); Enter or double-click closes (Ctrl subtracts), Backspace removes the last, Esc cancels.</source>
        <translation>
            <numerusform>%n Eckpunkt; Eingabetaste oder Doppelklick schließt (Strg zieht ab), Rücktaste entfernt den letzten, Esc bricht ab.</numerusform>
            <numerusform>%n Eckpunkte; Eingabetaste oder Doppelklick schließt (Strg zieht ab), Rücktaste entfernt den letzten, Esc bricht ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>A polygon needs at least three vertices.</source>
        <translation>Ein Polygon braucht mindestens drei Eckpunkte.</translation>
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
        <source>Model threads:</source>
        <translation>Modell-Threads:</translation>
    </message>
    <message>
        <source>Run models on the CPU even when a GPU is present</source>
        <translation>Modelle auch dann auf der CPU ausführen, wenn eine GPU vorhanden ist</translation>
    </message>
    <message>
        <source>A new language applies when the studio restarts; model settings apply when the next model is loaded.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von RRSIS Studio wirksam; Modelleinstellungen gelten ab dem Laden des nächsten Modells.</translation>
    </message>
    <message>
        <source>Automatic (bf16 where the hardware computes it)</source>
        <translation>Automatisch (bf16, wo die Hardware es rechnet)</translation>
    </message>
    <message>
        <source>fp32 (exact)</source>
        <translation>fp32 (exakt)</translation>
    </message>
    <message>
        <source>bf16 (faster, 99.9 % of mask pixels equal)</source>
        <translation>bf16 (schneller, 99,9 % der Maskenpixel gleich)</translation>
    </message>
    <message>
        <source>Number format of the LAVT family&apos;s forward pass; other models run in fp32. Applies when a model is next loaded.</source>
        <translation>Zahlenformat des Vorwärtsdurchlaufs der LAVT-Familie; andere Modelle rechnen in fp32. Gilt ab dem nächsten Laden eines Modells.</translation>
    </message>
    <message>
        <source>Model precision:</source>
        <translation>Modellgenauigkeit:</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ProjectSession</name>
    <message>
        <source>RRSIS Studio projects (*.rrsisproj)</source>
        <translation>RRSIS-Studio-Projekte (*.rrsisproj)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Edits are not being made crash-safe: %1</source>
        <translation>Änderungen werden nicht absturzsicher gesichert: %1</translation>
    </message>
    <message>
        <source>The recovery journal is being written again.</source>
        <translation>Das Wiederherstellungsjournal wird wieder geschrieben.</translation>
    </message>
    <message>
        <source>No crash recovery for this session: %1</source>
        <translation>Keine Absturzwiederherstellung für diese Sitzung: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them?</source>
        <translation>Das Projekt „%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Projekt bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another RRSIS Studio. It is opened here read-only: use Save As to keep changes.</source>
        <translation>%1 ist in einer anderen Instanz von RRSIS Studio geöffnet. Es wird hier schreibgeschützt geöffnet: Verwenden Sie „Speichern unter“, um Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Images Changed</source>
        <translation>Bilder geändert</translation>
    </message>
    <message>
        <source>These images changed since they were annotated; check that the annotations still fit:
%1</source>
        <translation>Diese Bilder wurden seit der Annotation geändert; prüfen Sie, ob die Annotationen noch passen:
%1</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>Bild nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Image Not Found</source>
        <translation>Bild nicht gefunden</translation>
    </message>
    <message>
        <source>The image %1 is not where the project says. Locate it?</source>
        <translation>Das Bild %1 liegt nicht an dem im Projekt angegebenen Ort. Möchten Sie es suchen?</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The project has no file name.</source>
        <translation>Das Projekt hat keinen Dateinamen.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>%1 is open in another RRSIS Studio.</source>
        <translation>%1 ist in einer anderen Instanz von RRSIS Studio geöffnet.</translation>
    </message>
    <message>
        <source>%1

Your work is still here and in the recovery journal.</source>
        <translation>%1

Ihre Arbeit ist weiterhin hier und im Wiederherstellungsjournal vorhanden.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>ein unbenanntes Projekt</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>RRSIS Studio stopped before %1 was saved (%2 annotation(s) in %3 image(s)). Recover that work?

No keeps it to decide at the next start; Discard deletes it.</source>
        <translation>RRSIS Studio wurde beendet, bevor %1 gespeichert wurde (%2 Annotation(en) in %3 Bild(ern)). Diese Arbeit wiederherstellen?

„Nein“ behält sie für eine Entscheidung beim nächsten Start; „Verwerfen“ löscht sie.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n record(s) of unsaved work.</source>
        <translation>
            <numerusform>%n Eintrag ungespeicherter Arbeit wiederhergestellt.</numerusform>
            <numerusform>%n Einträge ungespeicherter Arbeit wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rrsis::ui::QueryBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Describe what to find, e.g. “the red car on the left”  (Ctrl+L)</source>
        <translation>Beschreiben Sie, was gefunden werden soll, z. B. „the red car on the left“  (Strg+L)</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Aktuelle Ansicht</translation>
    </message>
    <message>
        <source>Area of interest</source>
        <translation>Interessensbereich</translation>
    </message>
    <message>
        <source>Whole scene (tiled)</source>
        <translation>Ganze Szene (gekachelt)</translation>
    </message>
    <message>
        <source>Which part of the image the query covers. Spatial words (“left”, “top”) refer to the current view; tiled mode finds every match in the scene at the model&apos;s native scale.</source>
        <translation>Welcher Teil des Bildes abgefragt wird. Ortsangaben („left“, „top“) beziehen sich auf die aktuelle Ansicht; der gekachelte Modus findet jeden Treffer in der Szene im nativen Maßstab des Modells.</translation>
    </message>
    <message>
        <source>Draw Area</source>
        <translation>Bereich zeichnen</translation>
    </message>
    <message>
        <source>Drag a rectangle on the image to set the area of interest (R). A click without dragging clears it.</source>
        <translation>Ziehen Sie ein Rechteck auf dem Bild auf, um den Interessensbereich festzulegen (R). Ein Klick ohne Ziehen entfernt ihn.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Run the expression (Enter)</source>
        <translation>Ausdruck ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running query (Esc)</source>
        <translation>Laufende Abfrage abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::QueryController</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running query (Esc in the Find bar)</source>
        <translation>Laufende Abfrage abbrechen (Esc in der Suchleiste)</translation>
    </message>
    <message>
        <source>Loading model %1…</source>
        <translation>Modell %1 wird geladen…</translation>
    </message>
    <message>
        <source>Model “%1” is ready on %2.</source>
        <translation>Modell „%1“ ist auf %2 bereit.</translation>
    </message>
    <message>
        <source>Cannot Load Model</source>
        <translation>Modell kann nicht geladen werden</translation>
    </message>
    <message>
        <source>%v / %m windows</source>
        <translation>%v / %m Fenster</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Query Failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Query cancelled.</source>
        <translation>Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Open an image first.</source>
        <translation>Öffnen Sie zuerst ein Bild.</translation>
    </message>
    <message>
        <source>Load a model first (Model ▸ Open Model…).</source>
        <translation>Laden Sie zuerst ein Modell (Modell ▸ Modell öffnen…).</translation>
    </message>
    <message>
        <source>Type what to find, for example “the red car on the left”.</source>
        <translation>Geben Sie ein, was gefunden werden soll, zum Beispiel „the red car on the left“.</translation>
    </message>
    <message>
        <source>Draw an area of interest first: press R and drag on the image.</source>
        <translation>Zeichnen Sie zuerst einen Interessensbereich: Drücken Sie R und ziehen Sie auf dem Bild.</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>“%1”: nothing reached the threshold. Try lowering it in the Layers panel.</source>
        <translation>„%1“: Nichts hat den Schwellenwert erreicht. Senken Sie ihn gegebenenfalls im Ebenen-Fenster.</translation>
    </message>
    <message>
        <source>“%1”: %2 (model %3 ms, %4 window(s)).</source>
        <translation>„%1“: %2 (Modell %3 ms, %4 Fenster).</translation>
    </message>
    <message>
        <source>The model is loading.</source>
        <translation>Das Modell wird geladen.</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · last query %1</source>
        <translation> · letzte Abfrage %1</translation>
    </message>
    <message>
        <source>Nothing to run again.</source>
        <translation>Es gibt nichts erneut auszuführen.</translation>
    </message>
    <message>
        <source>The scene was closed before the answer came.</source>
        <translation>Die Szene wurde geschlossen, bevor das Ergebnis vorlag.</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ScenesDock</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Add Image…</source>
        <translation>Bild hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected image and its annotations from the project (the file stays)</source>
        <translation>Ausgewähltes Bild und seine Annotationen aus dem Projekt entfernen (die Datei bleibt erhalten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotation(s))</source>
        <translation>
            <numerusform>%1 (%n Annotation)</numerusform>
            <numerusform>%1 (%n Annotationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — nicht gefunden</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ScriptedSession</name>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
</context>
<context>
    <name>rrsis::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find (focus the Find bar)</source>
        <translation>Suchen (Suchleiste fokussieren)</translation>
    </message>
    <message>
        <source>Pan with any tool</source>
        <translation>Mit jedem Werkzeug verschieben</translation>
    </message>
    <message>
        <source>Space + drag, middle button drag, arrow keys</source>
        <translation>Leertaste + Ziehen, Ziehen mit mittlerer Maustaste, Pfeiltasten</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Brush size smaller / larger</source>
        <translation>Pinselgröße kleiner / größer</translation>
    </message>
    <message>
        <source>Brush: erase instead of paint</source>
        <translation>Pinsel: radieren statt malen</translation>
    </message>
    <message>
        <source>Ctrl + drag</source>
        <translation>Strg + Ziehen</translation>
    </message>
    <message>
        <source>Polygon: close and add / subtract</source>
        <translation>Polygon: schließen und hinzufügen / abziehen</translation>
    </message>
    <message>
        <source>Enter or double-click / Ctrl+Enter</source>
        <translation>Eingabetaste oder Doppelklick / Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>Polygon: remove the last vertex, cancel</source>
        <translation>Polygon: letzten Eckpunkt entfernen, abbrechen</translation>
    </message>
    <message>
        <source>Backspace, Esc</source>
        <translation>Rücktaste, Esc</translation>
    </message>
    <message>
        <source>Magic wand: remove instead of add</source>
        <translation>Zauberstab: entfernen statt hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl + click</source>
        <translation>Strg + Klick</translation>
    </message>
    <message>
        <source>Cancel the running query</source>
        <translation>Laufende Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Esc in the Find bar</source>
        <translation>Esc in der Suchleiste</translation>
    </message>
    <message>
        <source>Query history</source>
        <translation>Abfrageverlauf</translation>
    </message>
    <message>
        <source>Up / Down in the Find bar</source>
        <translation>Pfeil auf / ab in der Suchleiste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
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
<context>
    <name>rrsis::ui::TrainDialog</name>
    <message>
        <source>Train on These Annotations</source>
        <translation>Mit diesen Annotationen trainieren</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic: about 3,000 samples seen, 10 to 60 epochs</source>
        <translation>Automatisch: etwa 3.000 gesehene Beispiele, 10 bis 60 Epochen</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Nothing (every layer learns)</source>
        <translation>Nichts (alle Schichten lernen)</translation>
    </message>
    <message>
        <source>Image backbone (faster, for very few annotations)</source>
        <translation>Bild-Backbone (schneller, für sehr wenige Annotationen)</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <source>Keep fixed:</source>
        <translation>Unverändert lassen:</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the last run that was cancelled or cut short</source>
        <translation>Den letzten abgebrochenen oder vorzeitig beendeten Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use This Model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>No model loaded: open one first (Model ▸ Open Model…)</source>
        <translation>Kein Modell geladen: Öffnen Sie zuerst eines (Modell ▸ Modell öffnen…)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n with an expression: </source>
        <translation>
            <numerusform>%n mit Ausdruck: </numerusform>
            <numerusform>%n mit Ausdruck: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 train, %2 val, %3 test, %4 unassigned</source>
        <translation>%1 Training, %2 Validierung, %3 Test, %4 nicht zugewiesen</translation>
    </message>
    <message>
        <source>. None is marked val: a fifth of the others is held out to measure the gain.</source>
        <translation>. Keine ist der Validierung zugewiesen: Ein Fünftel der übrigen wird zurückgehalten, um den Zugewinn zu messen.</translation>
    </message>
    <message numerus="yes">
        <source> %n of them mark nothing (“not here” examples).</source>
        <translation>
            <numerusform> %n davon markiert nichts („nicht hier“-Beispiel).</numerusform>
            <numerusform> %n davon markieren nichts („nicht hier“-Beispiele).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Wird nach diesem Batch angehalten…</translation>
    </message>
    <message>
        <source>Save the project first: training reads its annotations from the project file.</source>
        <translation>Speichern Sie zuerst das Projekt: Das Training liest die Annotationen aus der Projektdatei.</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Preparing the annotations…</source>
        <translation>Annotationen werden vorbereitet…</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · loss %3 · %4 samples/s · about %5 left</source>
        <translation>Epoche %1 von %2 · Verlust %3 · %4 Beispiele/s · noch etwa %5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Scoring the base and the new model on the held-out annotations…</source>
        <translation>Basismodell und neues Modell werden auf den zurückgehaltenen Annotationen bewertet…</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled. The finished epochs are kept: Resume continues the run.</source>
        <translation>Abgebrochen. Die abgeschlossenen Epochen bleiben erhalten: „Fortsetzen“ setzt den Lauf fort.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On %n held-out annotation(s):&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Auf %n zurückgehaltener Annotation:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Auf %n zurückgehaltenen Annotationen:&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;On the %n training annotation(s)&lt;/b&gt; (none could be held out):</source>
        <translation>
            <numerusform>&lt;b&gt;Auf der %n Trainingsannotation&lt;/b&gt; (keine konnte zurückgehalten werden):</numerusform>
            <numerusform>&lt;b&gt;Auf den %n Trainingsannotationen&lt;/b&gt; (keine konnte zurückgehalten werden):</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;base&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;fine-tuned&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellspacing=&apos;8&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Basis&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;feinabgestimmt&lt;/th&gt;&lt;/tr&gt;</translation>
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
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>validation mIoU %</source>
        <translation>Validierungs-mIoU %</translation>
    </message>
    <message>
        <source>validation oIoU %</source>
        <translation>Validierungs-oIoU %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>IoU %</source>
        <translation>IoU %</translation>
    </message>
</context>
</TS>
