<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BoundaryFile</name>
        <message>
            <location filename="../../controllers/map/texts.py" line="17" />
            <source>not a GeoJSON Feature: every item of “features” must be one</source>
            <translation>不是 GeoJSON 要素（Feature）：“features”中的每一项都必须是要素</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="18" />
            <source>its geometry is %1, not a Polygon or MultiPolygon: a community's outline is an area</source>
            <translation>其几何类型为 %1，不是 Polygon 或 MultiPolygon：社区边界必须是一个面</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="19" />
            <source>the shape is empty: draw the community's outline or leave the feature out</source>
            <translation>形状为空：请绘制社区边界，或删去该要素</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="20" />
            <source>a ring has %1 distinct points and no area: an outline needs at least 3 points around an area</source>
            <translation>有一个环只有 %1 个不同的点、没有面积：边界至少需要围成一个面的 3 个点</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="21" />
            <source>the outline crosses itself near %1, %2: correct it in the GIS program (e.g. “fix geometries”)</source>
            <translation>边界在 %1, %2 附近自相交：请在 GIS 软件中修正（如“修复几何”）</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="22" />
            <source>the point %1, %2 is outside China: the file is in another projection or has longitude and latitude swapped</source>
            <translation>点 %1, %2 在中国境外：文件可能使用了其他投影，或经纬度颠倒</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="23" />
            <source>no community has the code or name “%1”: correct the feature's code or name</source>
            <translation>没有编码或名称为“%1”的社区：请更正该要素的编码或名称</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="24" />
            <source>the feature has no “code” or “name” property: Canvass cannot tell which community it is</source>
            <translation>该要素没有“code”或“name”属性：Canvass 无法判断它属于哪个社区</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="25" />
            <source>community “%1” already has its outline in feature %2: keep one of them</source>
            <translation>社区“%1”的边界已在第 %2 个要素中：请只保留其中一个</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="29" />
            <source>%1 does not exist or is not a file</source>
            <translation>%1 不存在或不是文件</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="30" />
            <source>%1 cannot be read as GeoJSON: %2</source>
            <translation>%1 无法作为 GeoJSON 读取：%2</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="31" />
            <source>%1 is not a GeoJSON FeatureCollection (it holds %2): export the boundaries as GeoJSON</source>
            <translation>%1 不是 GeoJSON 要素集（FeatureCollection，其内容为 %2）：请将边界导出为 GeoJSON</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="32" />
            <source>%1 is part of a shapefile (.%2): name its .shp file, with the .dbf, .shx and .prj beside it (a .zip: unpack it first)</source>
            <translation>%1 是 Shapefile 的组成文件（.%2）：请指定其 .shp 文件，并将 .dbf、.shx、.prj 放在同一目录（.zip 请先解压）</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="33" />
            <source>%1 is in the projection %2; Canvass reads WGS-84 (EPSG:4326) or Web Mercator (EPSG:3857): reproject it, e.g. ogr2ogr -t_srs EPSG:4326</source>
            <translation>%1 使用投影 %2；Canvass 只读取 WGS-84（EPSG:4326）或 Web 墨卡托（EPSG:3857）：请重新投影，例如 ogr2ogr -t_srs EPSG:4326</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="34" />
            <source>%1 was refused for %2 problems: nothing was written. Correct them and import it again.</source>
            <translation>%1 因 %2 个问题被拒绝：未写入任何数据。请更正后重新导入。</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="37" />
            <source>feature %1 (%2): %3</source>
            <translation>第 %1 个要素（%2）：%3</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="38" />
            <source>feature %1: %2</source>
            <translation>第 %1 个要素：%2</translation>
        </message>
        <message>
            <source>%1 features: %2 outlines added, %3 replaced, %4 unchanged</source>
            <translation>%1 个要素：已新增边界 %2，已替换 %3，未变 %4</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="39" />
            <source>%1 features: %2 outlines to add, %3 to replace, %4 unchanged</source>
            <translation>%1 个要素：将新增边界 %2，将替换 %3，未变 %4</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="40" />
            <source>converted from %1 to WGS-84</source>
            <translation>已从 %1 转换为 WGS-84</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="41" />
            <source>dry run: nothing was written</source>
            <translation>仅核验：未写入任何数据</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="42" />
            <source>the outlines were written</source>
            <translation>社区边界已写入</translation>
        </message>
        <message>
            <location filename="../../controllers/map/texts.py" line="43" />
            <source>no change: the database already holds these outlines</source>
            <translation>无变化：数据库中已是这些边界</translation>
        </message>
        <message>
            <source>%1 has no %2 file beside it: the shapefile's attributes (each community's code or name) are in it; copy it next to the .shp</source>
            <translation>%1 旁没有 %2 文件：Shapefile 的属性（各社区的编码或名称）在其中；请把它复制到 .shp 所在目录</translation>
        </message>
        <message>
            <source>%1 cannot be read as a shapefile: %2</source>
            <translation>%1 无法作为 Shapefile 读取：%2</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../ui/map/canvas.py" line="151" />
            <source>Households with an outcome</source>
            <translation>已排查户占比</translation>
        </message>
        <message>
            <location filename="../../ui/map/canvas.py" line="154" />
            <location filename="../../ui/map/texts.py" line="27" />
            <source>no households registered</source>
            <translation>无登记户</translation>
        </message>
        <message>
            <location filename="../../ui/map/canvas.py" line="155" />
            <source>Police station</source>
            <translation>派出所</translation>
        </message>
        <message>
            <location filename="../../ui/map/canvas.py" line="156" />
            <source>Facility: beds free / total</source>
            <translation>收治机构：空床 / 总床位</translation>
        </message>
        <message>
            <location filename="../../ui/map/canvas.py" line="160" />
            <source>Vehicle %1</source>
            <translation>车辆%1</translation>
        </message>
        <message>
            <location filename="../../ui/map/canvas.py" line="164" />
            <source>Open cases (density)</source>
            <translation>在管病例（密度）</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="14" />
            <source>at its station</source>
            <translation>在所属派出所</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="15" />
            <source>on the way to a scene</source>
            <translation>赶赴现场途中</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="16" />
            <source>at the scene</source>
            <translation>在现场</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="17" />
            <source>on the way to a facility</source>
            <translation>送往收治机构途中</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="32" />
            <source>Households with an outcome: %1 of %2 (%3)</source>
            <translation>已排查户：%1 / %2（%3）</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="35" />
            <source>Open cases: %1</source>
            <translation>在管病例：%1</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="37" />
            <source>No outline imported: drawn as a point with its coverage ring</source>
            <translation>未导入边界：以点和覆盖率圆环表示</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="38" />
            <source>Click to open the community</source>
            <translation>点击打开社区</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="45" />
            <source>Beds free: %1 of %2</source>
            <translation>空床：%1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="60" />
            <source>Click to open its transfer order</source>
            <translation>点击打开其转运单</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="66" />
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message>
            <location filename="../../ui/map/texts.py" line="67" />
            <source>%1 m</source>
            <translation>%1 米</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="58" />
            <source>Situation map</source>
            <translation>态势图</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="69" />
            <source>Vehicles</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="73" />
            <source>Whole district</source>
            <translation>全区</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="74" />
            <source>0; zoom with the wheel or + and −, drag to pan</source>
            <translation>0；滚轮或 + 和 − 缩放，拖动平移</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="76" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="79" />
            <source>Open cases:</source>
            <translation>在管病例：</translation>
        </message>
        <message>
            <location filename="../../ui/map/view.py" line="126" />
            <source>%1 communities without an outline</source>
            <translation>%1 个社区未导入边界</translation>
        </message>
        <message>
            <source>Click to open the facility</source>
            <translation>点击打开该收治机构</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Situation map</source>
            <translation>态势图</translation>
        </message>
    </context>
    <context>
        <name>FacilityWindow</name>
        <message>
            <source>Facility</source>
            <translation>收治机构</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>转运单</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>下单时间</translation>
        </message>
        <message>
            <source>Enter or a double-click opens the transfer order</source>
            <translation>回车或双击打开转运单</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation>收治时间</translation>
        </message>
        <message>
            <source>no category</source>
            <translation>不收治任何类别</translation>
        </message>
        <message>
            <source>Takes: %1</source>
            <translation>收治：%1</translation>
        </message>
        <message>
            <source>Beds free: %1 of %2</source>
            <translation>空床：%1 / %2</translation>
        </message>
        <message>
            <source>retired: takes nobody any more</source>
            <translation>已停用：不再收治</translation>
        </message>
        <message>
            <source>Transfers heading here: %1</source>
            <translation>正在转运来的：%1</translation>
        </message>
        <message>
            <source>Admitted here: %1</source>
            <translation>在此收治：%1</translation>
        </message>
        <message>
            <source> (the first %1 shown)</source>
            <translation>（显示前 %1 条）</translation>
        </message>
    </context>
</TS>
