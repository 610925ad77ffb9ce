print("uppdrag")
