print("crq")
