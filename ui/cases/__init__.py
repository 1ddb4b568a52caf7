"""病例: the case board, a case's detail, its moves and the exposure tab."""
