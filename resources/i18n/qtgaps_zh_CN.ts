<?xml version='1.0' encoding='utf-8'?>
<!-- Qt's own strings that Qt's catalogue (qtbase_zh_CN.qm, loaded by controllers/runtime/
     language.py) leaves untranslated: its file dialog's labels carry a mnemonic "&" that the
     catalogue's entries lack, so "Look in:" and "Files of type:" stayed English in the Chinese
     interface. Qt asks its own catalogue first and falls back to these. Worded like the
     catalogue's "文件名称(&N)：". tests/controllers/runtime/test_qt_translations.py checks them. -->
<TS version="2.1" language="zh_CN">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
</TS>
