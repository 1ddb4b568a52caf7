"""Setting up a real district: the first start on an empty database (our district, the demo or
another database) and the district workbook wizard, also reached from the 辖区资料 menu."""
