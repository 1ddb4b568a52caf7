"""Line lists out, as .xlsx or .csv."""
