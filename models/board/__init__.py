"""The four-100% board (四个百分百): every case where its category says it must be."""
